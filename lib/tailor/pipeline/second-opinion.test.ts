import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient, estimateCostUsd } from '@/lib/llm';
import type { TexCompiler } from '@/lib/tex/types';
import { startFakeProvider, type FakeProvider } from '@/tests/fakes/llm/index';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { createTailorTexEngine } from '../node/tex-engine';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { loadPosting, loadRecordedResponse } from '../testing/fixtures';
import { runCost } from './run-cost';
import { runTailor, tailorCacheKey } from './run';

let compiler: TexCompiler;
let fake: FakeProvider;
const VERIFY = JSON.stringify({ edits: [{ id: 'b1', unsupported: [{ claim: 'in Python', kind: 'tool', why: 'This bullet does not say the API was written in Python.' }] }] });

beforeAll(async () => {
  compiler = (await createTailorTexEngine()).compiler;
  // One server answers both calls, as a provider would: the plan, or the verdicts of the verify prompt.
  fake = await startFakeProvider('openai', { reply: ({ prompt }) => (prompt.includes('You check resume rewrites') ? VERIFY : loadRecordedResponse('jake-resume__backend-python')!) });
}, 120_000);
afterAll(async () => { await fake?.close(); });

const client = (model: string) => createLlmClient({ provider: 'openai', apiKey: 'sk-test', baseUrl: fake.baseUrl, model }, { retry: { maxRetries: 0 } });

describe('runTailor with a second opinion', { timeout: 180_000 }, () => {
  it('the cheaper model\'s verify call flags an edit the rules applied; its tokens and cost count in the run', async () => {
    const deps = { compiler, pdfText: extractPdfTextNode, llm: { client: client('gpt-4.1'), provider: 'openai' as const, model: 'gpt-4.1' }, verify: { client: client('gpt-4o-mini'), provider: 'openai' as const, model: 'gpt-4o-mini' } };
    const input = { project: loadCorpusResume(JAKE), job: loadPosting('backend-python'), settings: { strength: 'keywords' as const } };
    const r = await runTailor(input, deps);
    const b1 = r.run.edits.find((e) => e.segmentId === 'b1')!;
    expect(b1.status).toBe('flagged');
    expect(b1.findings).toEqual([expect.objectContaining({ source: 'model', text: 'in Python' })]);
    expect(r.run.edits.find((e) => e.segmentId === 'b3')!.findings?.[0]).toMatchObject({ kind: 'number', source: 'rules' });
    const chats = fake.requests.filter((q) => q.endpoint === 'chat').map((q) => q.body?.model);
    expect(chats).toEqual(['gpt-4.1', 'gpt-4o-mini']);
    const op = r.run.secondOpinion!;
    expect(op).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', added: 1 });
    expect(r.run.tokens.input).toBeGreaterThan(op.tokens.input);
    const main = { inputTokens: r.run.tokens.input - op.tokens.input, outputTokens: r.run.tokens.output - op.tokens.output };
    expect(r.run.costUsd).toBeCloseTo(estimateCostUsd('openai', 'gpt-4.1', main)! + op.costUsd!, 10);
    expect((await extractPdfTextNode(r.pdf!)).text).not.toContain('REST API in Python');
    // The verify model is part of the cache key: a run without it is another run.
    expect((await tailorCacheKey(input, { llm: deps.llm })).key).not.toBe(r.run.cacheKey);
  });

  it('a second opinion that fails leaves the rules\' verdicts and says so; the run still finishes', async () => {
    const broken = await startFakeProvider('openai', { reply: ({ prompt }) => (prompt.includes('You check resume rewrites') ? 'not json at all' : loadRecordedResponse('jake-resume__backend-python')!) });
    try {
      const mk = (model: string) => createLlmClient({ provider: 'openai', apiKey: 'sk-test', baseUrl: broken.baseUrl, model }, { retry: { maxRetries: 0 } });
      const r = await runTailor({ project: loadCorpusResume(JAKE), job: loadPosting('backend-python'), settings: { strength: 'keywords' } },
        { compiler, pdfText: extractPdfTextNode, llm: { client: mk('gpt-4.1'), provider: 'openai', model: 'gpt-4.1' }, verify: { client: mk('gpt-4o-mini'), provider: 'openai', model: 'gpt-4o-mini' } });
      expect(r.run.compiled).toBe(true);
      expect(r.run.secondOpinion).toBeNull();
      expect(r.run.warnings.join(' ')).toMatch(/second opinion failed/);
      expect(r.run.edits.find((e) => e.segmentId === 'b1')!.status).toBe('applied');
      expect(r.run.edits.find((e) => e.segmentId === 'b3')!.status).toBe('flagged');
    } finally {
      await broken.close();
    }
  });

  it('an unknown price makes the whole cost unknown, never zero', () => {
    const opinion = { provider: 'custom', model: 'x', tokens: { input: 1, output: 1 }, costUsd: null, added: 0 };
    expect(runCost({ provider: 'openai' }, 'gpt-4o-mini', { inputTokens: 10, outputTokens: 10 }, opinion)).toBeNull();
    expect(runCost(undefined, null, { inputTokens: 0, outputTokens: 0 }, null)).toBe(0);
  });
});
