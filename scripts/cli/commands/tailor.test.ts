import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../../../tests/fakes/llm/index.ts';
import { main } from '../main.ts';
import { JAKE } from '../../../lib/tailor/testing/corpus.ts';

const RESUME = JAKE.main;
const POSTING = 'tests/fixtures/tailor/postings/backend-python.txt';
let fake: FakeProvider;
const PLAN = readFileSync('tests/fixtures/tailor/responses/jake-resume__backend-python.txt', 'utf8');
const LETTER = readFileSync('tests/fixtures/tailor/responses/cover-letter__jake-backend.txt', 'utf8');
beforeAll(async () => { fake = await startFakeProvider('openai', { reply: ({ prompt }) => (prompt.includes('body of a cover letter') ? LETTER : PLAN) }); });
afterAll(async () => { await fake?.close(); });

describe('bespoke tailor', { timeout: 180_000 }, () => {
  it('offline: writes tailored.tex, tailored.pdf and report.json; the master is untouched', async () => {
    const before = statSync(RESUME).mtimeMs;
    const out = mkdtempSync(join(tmpdir(), 'bespoke-cli-'));
    expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', out, '--quiet'])).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.scoreBefore).toBeGreaterThanOrEqual(0);
    expect(report.scoreAfter).toBeLessThanOrEqual(100);
    expect(report.pages).toEqual({ master: 1, tailored: 1, target: 1 });
    expect(report.keywords.find((k: { term: string }) => k.term === 'Python')).toMatchObject({ importance: 'must', before: true, after: true });
    expect(readFileSync(join(out, 'tailored.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out, 'tailored.tex'), 'utf8')).toContain('\\resumeItem{Used Celery and Redis for asynchronous tasks}');
    expect(statSync(RESUME).mtimeMs).toBe(before);
  });

  it('openai provider against the fake server: edits with statuses, tokens and cost in the report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bespoke-cli-'));
    process.env.BESPOKE_API_KEY = 'sk-test-cli';
    try {
      expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', out, '--provider', 'openai', '--base-url', fake.baseUrl, '--cover-letter', '--quiet'])).toBe(0);
    } finally { delete process.env.BESPOKE_API_KEY; }
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.scoreAfter).toBeGreaterThan(report.scoreBefore);
    expect(report.edits.find((e: { segmentId: string }) => e.segmentId === 'b3').status).toBe('flagged');
    expect(report.tokens.input).toBeGreaterThan(0);
    expect(typeof report.costUsd).toBe('number');
    expect(fake.requests.at(-1)!.apiKey).toBe('sk-test-cli');
    expect(report.coverLetter.compiled).toBe(true);
    expect(report.coverLetter.paragraphs.map((p: { status: string }) => p.status)).toEqual(['applied', 'flagged', 'applied']);
    expect(readFileSync(join(out, 'cover-letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out, 'cover-letter.tex'), 'utf8')).toContain('Jake Ryan');

    // Accept the flagged metric and re-run on the stored plan: no model call this time.
    const again = mkdtempSync(join(tmpdir(), 'bespoke-cli-'));
    const before = fake.requests.length;
    process.env.BESPOKE_API_KEY = 'sk-test-cli';
    try {
      expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', again, '--provider', 'openai', '--base-url', fake.baseUrl, '--reuse-plan', join(out, 'report.json'), '--accept', 'b3', '--quiet'])).toBe(0);
    } finally { delete process.env.BESPOKE_API_KEY; }
    expect(fake.requests.length).toBe(before);
    const second = JSON.parse(readFileSync(join(again, 'report.json'), 'utf8'));
    expect(second.edits.find((e: { segmentId: string }) => e.segmentId === 'b3').status).toBe('applied');
  });

  it('bad arguments exit 2 with a reason', async () => {
    expect(await main(['tailor', '--resume', RESUME, '--out', '/tmp/x'])).toBe(2);
    expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', '/tmp/x', '--strength', 'max'])).toBe(2);
    expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', '/tmp/x', '--provider', 'openai'])).toBe(2); // no key
    expect(await main(['tailor', '--resume', RESUME, '--job', POSTING, '--out', '/tmp/x', '--reuse-plan', POSTING])).toBe(2); // not a report
  });

  it('a binary posting is refused with a reason (exit 1)', async () => {
    const jpeg = join(mkdtempSync(join(tmpdir(), 'bespoke-cli-')), 'photo.jpeg');
    writeFileSync(jpeg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]));
    expect(await main(['tailor', '--resume', RESUME, '--job', jpeg, '--out', '/tmp/x', '--quiet'])).toBe(1);
  });
});
