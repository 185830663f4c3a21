import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../../../tests/fakes/llm/index.ts';
import { JAKE } from '../../../lib/tailor/testing/corpus.ts';
import { UsageError } from '../command.ts';
import command from './guard.ts';

const KEY = 'sk-cli-guard-0123456789';
let output: string;
let fake: FakeProvider | undefined;
beforeEach(() => {
  output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { output += String(chunk); return true; });
  vi.stubEnv('BESPOKE_API_KEY', KEY);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await fake?.close();
  fake = undefined;
});

const EDITS = [
  { original: 'Developed a game in Java to test the generated dungeons', newText: 'Built a Java game to test the generated dungeons' },
  { original: 'Contributed 50K+ lines of code to an established codebase via Git', newText: 'Designed and owned 50K+ lines of code in an established codebase via Git' },
  { original: 'No such bullet', newText: 'Anything' },
  { original: 'Developed a game in Java to test the generated dungeons', newText: 'Developed a game in Java to reliably test the generated dungeons' },
];
function editsFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bespoke-guard-')), 'edits.json');
  writeFileSync(path, JSON.stringify(EDITS));
  return path;
}

describe('bespoke guard', () => {
  it('prints each edit\'s verdict with its claims (kind, words, reason) and evidence', async () => {
    expect(await command.run(['--resume', JAKE.main, '--edits', editsFile()])).toBe(0);
    const out = JSON.parse(output);
    expect(out.summary).toEqual({ applied: 2, flagged: 1, rejected: 1 });
    expect(out.edits.map((e: { verdict: string }) => e.verdict)).toEqual(['applied', 'flagged', 'rejected', 'applied']);
    expect(out.edits[1].claims).toEqual([expect.objectContaining({ kind: 'ownership', triggers: ['Designed', 'owned'], source: 'rules' })]);
    expect(out.edits[1].evidence).toEqual([{ id: 'b9', text: 'Contributed 50K+ lines of code to an established codebase via Git' }]);
    expect(out.edits[2].issues[0].code).toBe('unknown-segment');
    expect(out.secondOpinion).toBeNull();
  });

  it('with a provider, the cheapest listed model\'s second opinion adds a flag (never removes one) and its tokens are counted', async () => {
    fake = await startFakeProvider('openai', {
      apiKey: KEY,
      reply: JSON.stringify({ edits: [{ id: '3', unsupported: [{ claim: 'reliably', kind: 'scope', why: 'The resume does not say the tests were reliable.' }] }, { id: '1', unsupported: [] }] }),
    });
    expect(await command.run(['--resume', JAKE.main, '--edits', editsFile(), '--provider', 'openai', '--base-url', fake.baseUrl])).toBe(0);
    const out = JSON.parse(output);
    expect(out.edits.map((e: { verdict: string }) => e.verdict)).toEqual(['applied', 'flagged', 'rejected', 'flagged']);
    expect(out.edits[3].claims).toEqual([expect.objectContaining({ kind: 'scope', text: 'reliably', source: 'model' })]);
    expect(out.edits[1].claims[0].kind).toBe('ownership');
    const chat = fake.requests.filter((r) => r.endpoint === 'chat');
    expect(chat).toHaveLength(1);
    expect(chat[0].body?.model).toBe('gpt-4o-mini'); // cheaper than gpt-4.1, the other listed model with a price
    expect(out.secondOpinion).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', added: 1 });
    expect(out.secondOpinion.tokens.input).toBeGreaterThan(0);
    expect(out.secondOpinion.costUsd).toBeGreaterThan(0);
    expect(output).not.toContain(KEY);
  });

  it('refuses missing arguments and a malformed edits file with the usage', async () => {
    await expect(command.run(['--resume', JAKE.main])).rejects.toBeInstanceOf(UsageError);
    const bad = join(mkdtempSync(join(tmpdir(), 'bespoke-guard-')), 'bad.json');
    writeFileSync(bad, JSON.stringify([{ newText: 'x' }]));
    await expect(command.run(['--resume', JAKE.main, '--edits', bad])).rejects.toThrow(/list of \{ "original"/);
  });
});
