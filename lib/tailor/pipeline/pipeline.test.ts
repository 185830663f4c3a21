import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient } from '@/lib/llm';
import type { TexCompiler } from '@/lib/tex/types';
import { startFakeProvider, type FakeProvider } from '@/tests/fakes/llm/index';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { createTailorTexEngine } from '../node/tex-engine';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { loadPosting, loadRecordedResponse } from '../testing/fixtures';
import { MemoryRunCache } from './memory-cache';
import { runTailor, tailorCacheKey, type TailorDeps } from './run';
import { TailorError, type TailorProgress } from './progress';

// One engine for the whole file: compiling is the slow part.
let compiler: TexCompiler;
let openai: FakeProvider;
const jake = JAKE;
const posting = loadPosting('backend-python');

beforeAll(async () => {
  compiler = (await createTailorTexEngine()).compiler;
  openai = await startFakeProvider('openai', { reply: loadRecordedResponse('jake-resume__backend-python')! });
}, 120_000);
afterAll(async () => { await openai?.close(); });

function llmDeps(extra: Partial<TailorDeps> = {}): TailorDeps {
  const client = createLlmClient({ provider: 'openai', apiKey: 'sk-test', baseUrl: openai.baseUrl, model: 'gpt-4o-mini' }, { retry: { maxRetries: 0 } });
  return { compiler, pdfText: extractPdfTextNode, llm: { client, provider: 'openai', model: 'gpt-4o-mini' }, ...extra };
}

describe('runTailor, offline', { timeout: 180_000 }, () => {
  it('reorders by relevance, compiles within the page target and never writes the master', async () => {
    const project = loadCorpusResume(jake);
    const before = JSON.stringify(project.files['resume.tex']);
    const events: TailorProgress[] = [];
    const r = await runTailor({ project, job: posting, settings: { strength: 'keywords' } }, { compiler, pdfText: extractPdfTextNode, onProgress: (e) => events.push(e) });
    expect(JSON.stringify(project.files['resume.tex'])).toBe(before);
    expect(r.run.mode).toBe('offline');
    expect(r.run.compiled).toBe(true);
    expect(r.run.pages.tailored).toBeLessThanOrEqual(r.run.pages.target);
    expect(r.run.edits.every((e) => e.status === 'applied')).toBe(true);
    expect(r.run.reorders.length).toBeGreaterThan(0);
    const text = (await extractPdfTextNode(r.pdf!)).text;
    // The Celery/Redis bullet (nice-to-haves) now leads the Gitlytics list.
    expect(text.indexOf('Used Celery and Redis')).toBeLessThan(text.indexOf('Implemented GitHub OAuth'));
    // Relevant sections move up (Education, naming no keyword, goes last); words are unchanged,
    // so coverage stays and prominence — hence the score — rises.
    expect(r.run.sectionOrder).toMatchObject({ status: 'applied' });
    expect(text.indexOf('Projects')).toBeLessThan(text.indexOf('Education'));
    expect(r.run.scoreAfter!.components.coverage).toBe(r.run.scoreBefore.components.coverage);
    expect(r.run.scoreAfter!.components.prominence).toBeGreaterThan(r.run.scoreBefore.components.prominence);
    expect(r.run.scoreAfter!.score).toBeGreaterThan(r.run.scoreBefore.score);
    expect(r.run.tokens).toEqual({ input: 0, output: 0 });
    for (const stage of ['segment', 'analyse', 'compile-master', 'plan', 'guard', 'apply', 'compile', 'fit', 'score', 'record'] as const) {
      expect(events.some((e) => e.stage === stage && e.status === 'done')).toBe(true);
    }
  });
});

describe('runTailor, structured LLM mode against the fake OpenAI server', { timeout: 180_000 }, () => {
  it('applies safe edits, flags invented claims, rejects unknown ids and too-long rewrites, and raises the score', async () => {
    const project = loadCorpusResume(jake);
    openai.requests.length = 0;
    const r = await runTailor({ project, job: posting, settings: { strength: 'keywords' } }, llmDeps());
    const status = Object.fromEntries(r.run.edits.map((e) => [e.segmentId, e.status]));
    expect(status).toMatchObject({ b1: 'applied', b2: 'applied', b3: 'flagged', b9: 'applied', b13: 'flagged', b16: 'rejected', b21: 'rejected', s5: 'applied' });
    expect(r.run.edits.find((e) => e.segmentId === 'b9')!.newText).toContain('via Git \\& GitHub');
    const text = (await extractPdfTextNode(r.pdf!)).text.replace(/\s+/g, ' ');
    expect(text).not.toContain('40%'); // the invented metric is flagged, not applied
    expect(text).not.toContain('Kubernetes');
    expect(text).not.toMatch(/Rust|PhD/); // the posting's injected instruction had no effect
    expect(text).toContain('with a Flask backend, a React frontend');
    expect(r.run.keywordRefinement).toEqual({ changes: ['added REST API design (must)', 'added background jobs (nice)'], ignored: ['Go'] });
    expect(r.run.scoreAfter!.keywords.find((k) => k.term === 'REST API design')).toMatchObject({ importance: 'must', present: false });
    expect(r.run.reorders).toEqual([{ listId: 'L5', order: ['b16', 'b13', 'b14', 'b15'], status: 'applied' }]);
    expect(text.indexOf('Used Celery and Redis')).toBeLessThan(text.indexOf('Implemented GitHub OAuth'));
    expect(r.run.sectionOrder).toMatchObject({ order: ['S1', 'S3', 'S2', 'S4'], status: 'applied' });
    expect(text.indexOf('Projects')).toBeLessThan(text.indexOf('Experience'));
    expect(r.run.scoreAfter!.score).toBeGreaterThan(r.run.scoreBefore.score);
    expect(r.run.compiled).toBe(true);
    expect(r.run.pages.tailored).toBeLessThanOrEqual(r.run.pages.target);
    expect(r.run.tokens.input).toBeGreaterThan(500);
    expect(r.run.tokens.output).toBeGreaterThan(100);
    expect(r.run.promptVersion).toBe('tailor-v3');
    expect(openai.requests.filter((q) => q.endpoint === 'chat')).toHaveLength(1);
  });

  it('accepting a flagged edit re-runs on the stored plan without a model call, and applies it', async () => {
    const input = { project: loadCorpusResume(jake), job: posting, settings: { strength: 'keywords' as const } };
    const first = await runTailor(input, llmDeps());
    expect(first.run.plan?.kind).toBe('segments');
    openai.requests.length = 0;
    const r = await runTailor({ ...input, settings: { ...input.settings, acceptFlagged: ['b3'] }, previousPlan: first.run.plan }, llmDeps());
    expect(openai.requests).toHaveLength(0);
    expect(r.run.tokens).toEqual({ input: 0, output: 0 });
    expect(r.run.edits.find((e) => e.segmentId === 'b3')!.status).toBe('applied');
    expect(r.run.edits.find((e) => e.segmentId === 'b13')!.status).toBe('flagged');
    expect((await extractPdfTextNode(r.pdf!)).text).toContain('40%');
  });

  it('rejecting an applied edit re-runs on the stored plan without a model call, and leaves its text out of the PDF', async () => {
    const input = { project: loadCorpusResume(jake), job: posting, settings: { strength: 'keywords' as const } };
    const first = await runTailor(input, llmDeps());
    expect(first.run.edits.find((e) => e.segmentId === 'b2')!.status).toBe('applied');
    expect((await extractPdfTextNode(first.pdf!)).text.replace(/\s+/g, ' ')).toContain('with a Flask backend, a React frontend');
    openai.requests.length = 0;
    const cache = new MemoryRunCache();
    const settings = { ...input.settings, rejectEdits: ['b2'] };
    const r = await runTailor({ ...input, settings, previousPlan: first.run.plan }, llmDeps({ cache }));
    expect(openai.requests).toHaveLength(0);
    expect(r.run.tokens).toEqual({ input: 0, output: 0 });
    const b2 = r.run.edits.find((e) => e.segmentId === 'b2')!;
    expect(b2.status).toBe('rejected');
    expect(b2.issues).toContainEqual({ code: 'user-rejected', message: 'You rejected this change.' });
    expect(r.run.edits.find((e) => e.segmentId === 'b1')!.status).toBe('applied');
    const text = (await extractPdfTextNode(r.pdf!)).text.replace(/\s+/g, ' ');
    expect(text).not.toContain('with a Flask backend, a React frontend');
    expect(text).toContain('Developed a REST API'); // the master's own bullet b2 is back
    // The rejected ids are part of the settings, hence of the cache key.
    expect(r.run.cacheKey).not.toBe(first.run.cacheKey);
    expect((await tailorCacheKey({ ...input, settings }, llmDeps())).key).toBe(r.run.cacheKey);
    expect((await runTailor({ ...input, settings, previousPlan: first.run.plan }, llmDeps({ cache }))).fromCache).toBe(true);
  });

  it('an edit that breaks the compile is found by bisection and dropped; the rest stay', async () => {
    const breaking = loadRecordedResponse('jake-resume__backend-python')!.replace(
      'Docker to analyze GitHub data"',
      'Docker to analyze GitHub data \\\\vspace{lots}"',
    );
    openai.setReply(breaking);
    try {
      const r = await runTailor({ project: loadCorpusResume(jake), job: posting, settings: { strength: 'keywords', force: true } }, llmDeps());
      const b2 = r.run.edits.find((e) => e.segmentId === 'b2')!;
      expect(b2.status).toBe('dropped');
      expect(b2.issues.at(-1)!.message).toMatch(/Broke the compile/);
      expect(r.run.edits.find((e) => e.segmentId === 'b1')!.status).toBe('applied');
      expect(r.run.compiled).toBe(true);
      expect((await extractPdfTextNode(r.pdf!)).text).toContain('Developed a REST API in Python');
    } finally {
      openai.setReply(loadRecordedResponse('jake-resume__backend-python')!);
    }
  });

  it('a master that makes its PDF despite a LaTeX error is tailored; an edit adding an error of its own is still dropped', async () => {
    // An error of the master itself (here an undefined macro in its body), as real masters have:
    // Overleaf shows their PDF, and so does Bespoke; the tailored copy is judged against it.
    const project = loadCorpusResume(jake);
    const main = project.files['resume.tex'] as string;
    project.files['resume.tex'] = main.replace('\\end{document}', '\\undefinedmacro\n\\end{document}');
    const breaking = loadRecordedResponse('jake-resume__backend-python')!.replace(
      'Docker to analyze GitHub data"',
      'Docker to analyze GitHub data \\\\vspace{lots}"',
    );
    openai.setReply(breaking);
    try {
      const r = await runTailor({ project, job: posting, settings: { strength: 'keywords', force: true } }, llmDeps());
      expect(r.run.warnings).toContainEqual(expect.stringMatching(/^The master compiles with a LaTeX error \(resume\.tex:\d+: Undefined control sequence \\undefinedmacro\.\)/));
      expect(r.run.compiled).toBe(true);
      expect(r.run.edits.find((e) => e.segmentId === 'b2')!.status).toBe('dropped');
      expect(r.run.edits.find((e) => e.segmentId === 'b1')!.status).toBe('applied');
      expect((await extractPdfTextNode(r.pdf!)).text).toContain('Developed a REST API in Python');
    } finally {
      openai.setReply(loadRecordedResponse('jake-resume__backend-python')!);
    }
  });

  it('the same inputs and settings return the cached run without a model call', async () => {
    const cache = new MemoryRunCache();
    const input = { project: loadCorpusResume(jake), job: posting, settings: { strength: 'light' as const } };
    const first = await runTailor(input, llmDeps({ cache }));
    openai.requests.length = 0;
    const second = await runTailor(input, llmDeps({ cache }));
    expect(second.fromCache).toBe(true);
    expect(second.run.cacheKey).toBe(first.run.cacheKey);
    expect(openai.requests).toHaveLength(0);
    const other = await runTailor({ ...input, settings: { strength: 'full' } }, llmDeps({ cache }));
    expect(other.fromCache).toBe(false);
  });

  it('cancellation at any stage stops the run with a typed error', async () => {
    for (const stage of ['segment', 'compile-master', 'plan', 'compile'] as const) {
      const ac = new AbortController();
      const run = runTailor({ project: loadCorpusResume(jake), job: posting, settings: { strength: 'keywords' } }, llmDeps({
        signal: ac.signal,
        onProgress: (e) => { if (e.stage === stage && e.status === 'start') ac.abort(); },
      }));
      await expect(run).rejects.toBeInstanceOf(TailorError);
      await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    }
  });
});

describe('runTailor with a memo', { timeout: 180_000 }, () => {
  it('compiles the master once: a second run (other settings) reuses it and scores the same', async () => {
    const store = new Map<string, unknown>();
    const memo = { get: async (k: string) => store.get(k), set: async (k: string, v: unknown) => void store.set(k, v) };
    const project = loadCorpusResume(jake);
    // A compile of the master is one whose files are exactly the master's.
    let masterCompiles = 0;
    const tailored: { carried: string[]; passes?: number }[] = [];
    const counting: TexCompiler = {
      compile: async (req) => {
        const isMaster = Object.entries(project.files).every(([p, c]) => req.files[p] === c);
        if (isMaster) masterCompiles++;
        const result = await compiler.compile(req);
        if (!isMaster) tailored.push({ carried: Object.keys(req.auxFiles ?? {}), passes: result.passes });
        return result;
      },
    };
    const events: TailorProgress[] = [];
    const first = await runTailor({ project, job: posting, settings: { strength: 'keywords' } }, { compiler: counting, pdfText: extractPdfTextNode, memo });
    expect(masterCompiles).toBe(1);
    const second = await runTailor({ project, job: posting, settings: { strength: 'light' } }, { compiler: counting, pdfText: extractPdfTextNode, memo, onProgress: (e) => events.push(e) });
    expect(masterCompiles).toBe(1);
    expect(events.find((e) => e.stage === 'compile-master' && e.status === 'done')?.message).toMatch(/compiled before/);
    expect(second.run.scoreBefore).toEqual(first.run.scoreBefore);
    expect(second.run.pages.master).toBe(first.run.pages.master);
    // The tailored copies start from the master's .aux/.out, remembered with it (pdflatex in its
    // own folder): the offline tailor moved Jake's sections, so the outlines changed and each
    // still took a second pass (tests/unit/tex/aux-files.test.ts: unchanged references take one).
    expect(tailored.length).toBeGreaterThanOrEqual(2);
    expect(tailored.every((t) => t.carried.includes('resume.aux') && t.carried.includes('resume.out'))).toBe(true);
  });
});
