import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiskMemo } from '../node/disk-memo';
import { analysedPosting, compiledMaster, type StageMemo } from './memo';

function mapMemo(): StageMemo & { size: () => number } {
  const m = new Map<string, unknown>();
  return { get: async (k) => m.get(k), set: async (k, v) => void m.set(k, v), size: () => m.size };
}

const pdf = new Uint8Array([37, 80, 68, 70]);
const text = async () => ({ pages: ['Jane Doe'], text: 'Jane Doe' });

describe('compiledMaster', () => {
  it('compiles a master once per content hash and serves it from the memo after', async () => {
    const memo = mapMemo();
    let compiles = 0;
    const compile = async () => { compiles++; return { pages: 1, pdf }; };
    const first = await compiledMaster(memo, 'hash-a', compile, text);
    const again = await compiledMaster(memo, 'hash-a', compile, text);
    await compiledMaster(memo, 'hash-b', compile, text);
    expect(compiles).toBe(2);
    expect(first).toMatchObject({ pages: 1, text: { text: 'Jane Doe' } });
    expect(first?.fromMemo).toBeUndefined();
    expect(again).toMatchObject({ pages: 1, pdf, fromMemo: true });
  });

  it('does not remember a master that fails to compile, nor trust a malformed entry', async () => {
    const memo = mapMemo();
    expect(await compiledMaster(memo, 'bad', async () => null, text)).toBeNull();
    expect(memo.size()).toBe(0);
    await memo.set('master:m1:odd', { pages: 'one' });
    let compiles = 0;
    await compiledMaster(memo, 'odd', async () => { compiles++; return { pages: 1, pdf }; }, text);
    expect(compiles).toBe(1);
  });

  it('remembers the master\'s auxiliary files and text-layer check with it; checks an entry remembered without one once', async () => {
    const memo = mapMemo();
    const aux = { 'cv.aux': new Uint8Array([92, 114]) };
    let checks = 0;
    const check = async () => { checks++; return { extractor: 'test', words: 2, exact: 2, readsAsWritten: 1, junkGlyphs: 0, splitWords: 0, joinedWords: 0, problems: [] }; };
    // First remembered by a host that does not check text layers (the CLI's compile, say).
    await compiledMaster(memo, 'h', async () => ({ pages: 1, pdf, auxFiles: aux }), text);
    const checked = await compiledMaster(memo, 'h', async () => { throw new Error('must not compile again'); }, text, check);
    expect(checked).toMatchObject({ auxFiles: aux, check: { words: 2 }, fromMemo: true });
    await compiledMaster(memo, 'h', async () => { throw new Error('must not compile again'); }, text, check);
    expect(checks).toBe(1);
    // A check that fails is not remembered: the next run tries again.
    const failing = mapMemo();
    const first = await compiledMaster(failing, 'f', async () => ({ pages: 1, pdf }), text, async () => { throw new Error('pdf.js'); });
    expect(first?.check).toBeUndefined();
    expect((await compiledMaster(failing, 'f', async () => null, text, check))?.check).toMatchObject({ words: 2 });
  });

  it('works without a memo, and a failing memo only costs time', async () => {
    expect(await compiledMaster(undefined, 'h', async () => ({ pages: 2, pdf }), text)).toMatchObject({ pages: 2 });
    const broken: StageMemo = { get: async () => { throw new Error('quota'); }, set: async () => { throw new Error('quota'); } };
    expect(await compiledMaster(broken, 'h', async () => ({ pages: 2, pdf }), text)).toMatchObject({ pages: 2 });
  });
});

describe('analysedPosting', () => {
  it('analyses a posting once per hash', async () => {
    const memo = mapMemo();
    const job = { title: 'Backend Engineer', description: 'We use Python, PostgreSQL and Kubernetes.' };
    const first = await analysedPosting(memo, 'j1', job);
    expect(first.map((k) => k.term)).toEqual(expect.arrayContaining(['Python', 'PostgreSQL']));
    // A different text under the same hash proves the second answer came from the memo.
    expect(await analysedPosting(memo, 'j1', { description: 'Nothing relevant.' })).toEqual(first);
  });
});

describe('createDiskMemo', () => {
  it('keeps bytes and text across instances, per scope', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-memo-'));
    await createDiskMemo(dir, 'engine-1').set('master:x', { pages: 1, pdf, text: { pages: ['a'], text: 'a' } });
    expect(await createDiskMemo(dir, 'engine-1').get('master:x')).toEqual({ pages: 1, pdf, text: { pages: ['a'], text: 'a' } });
    expect(await createDiskMemo(dir, 'engine-2').get('master:x')).toBeUndefined();
  });
});
