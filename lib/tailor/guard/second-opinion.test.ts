import { afterEach, describe, expect, it } from 'vitest';
import { createLlmClient } from '@/lib/llm';
import { startFakeProvider, type FakeProvider } from '../../../tests/fakes/llm/index';
import { segmentProject } from '../segment/segment';
import { guardContext, guardEdits } from './guard';
import { addSecondOpinion } from './second-opinion';

const TEX = '\\documentclass{article}\\begin{document}\\begin{itemize}\n\\item Built the billing service in Python\n\\item Wrote the deploy scripts\n\\item Ran the weekly on-call\n\\end{itemize}\\end{document}';
const ctx = guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TEX } }));
const guarded = () => guardEdits(ctx, [
  { segmentId: 'b1', newText: 'Built the billing service in Python quickly', reason: '', keywordsAdded: [], evidence: ['b1'] },
  { segmentId: 'b2', newText: 'Designed and owned the deploy scripts', reason: '', keywordsAdded: [], evidence: ['b2'] },
  { segmentId: 'b3', newText: 'Ran the weekly on-call effectively', reason: '', keywordsAdded: [], evidence: ['b3'] },
], 'full');
const ANSWER = JSON.stringify({ edits: [
  { id: 'b1', unsupported: [{ claim: 'quickly', kind: 'scope', why: 'Speed is not stated.' }] },
  { id: 'b2', unsupported: [] },
  { id: 'b3', unsupported: [{ claim: 'effectively', kind: 'scope', why: 'Not stated.' }] },
] });

let fake: FakeProvider | undefined;
afterEach(async () => { await fake?.close(); fake = undefined; });

describe('the model\'s second opinion', () => {
  it.each(['openai', 'anthropic', 'google', 'mistral'] as const)('adds flags and never removes one, through the real %s SDK', async (provider) => {
    fake = await startFakeProvider(provider, { reply: ANSWER });
    const model = { openai: 'gpt-4o-mini', anthropic: 'claude-3-5-haiku-20241022', google: 'gemini-2.5-flash', mistral: 'mistral-small-latest' }[provider];
    const client = createLlmClient({ provider, apiKey: 'test-key', baseUrl: fake.baseUrl, model }, { retry: { maxRetries: 0 } });
    const edits = guarded();
    expect(edits.map((e) => e.status)).toEqual(['applied', 'flagged', 'applied']);
    const opinion = await addSecondOpinion(client, edits, { accepted: new Set(['b3']) });
    // b1 gains a model claim and is flagged; b2 keeps its rules claim though the model saw none; b3 was accepted by the user.
    expect(edits.map((e) => e.status)).toEqual(['flagged', 'flagged', 'applied']);
    expect(edits[0].findings).toEqual([expect.objectContaining({ kind: 'scope', text: 'quickly', source: 'model' })]);
    expect(edits[1].findings?.map((c) => c.source)).toEqual(['rules']);
    expect(edits[0].issues.map((i) => i.code)).toContain('needs-evidence');
    expect(opinion!.usage.inputTokens).toBeGreaterThan(0);
    expect(opinion!.model).toBe(model);
    const sent = JSON.stringify(fake.requests.find((r) => r.endpoint === 'chat')!.body);
    expect(sent).toContain('Evidence:');
    expect(sent).toContain('Built the billing service in Python quickly');
  });

  it('an answer that is not the schema is an error, and edits stay as the rules left them', async () => {
    fake = await startFakeProvider('openai', { reply: '{"edits": [{"unsupported": "yes"}]}' });
    const client = createLlmClient({ provider: 'openai', apiKey: 'test-key', baseUrl: fake.baseUrl, model: 'gpt-4o-mini' }, { retry: { maxRetries: 0 } });
    const edits = guarded();
    await expect(addSecondOpinion(client, edits, { accepted: new Set() })).rejects.toThrow();
    expect(edits.map((e) => e.status)).toEqual(['applied', 'flagged', 'applied']);
  });
});
