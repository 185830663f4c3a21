import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient } from '@/lib/llm';
import type { TexCompiler } from '@/lib/tex/types';
import { startFakeProvider, type FakeProvider } from '@/tests/fakes/llm/index';
import { writeCoverLetter } from '../cover-letter/cover-letter';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { createTailorTexEngine } from '../node/tex-engine';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { loadPosting, loadRecordedResponse } from '../testing/fixtures';
import { runTailor } from './run';

let compiler: TexCompiler;
let anthropic: FakeProvider;
let google: FakeProvider;
beforeAll(async () => {
  compiler = (await createTailorTexEngine()).compiler;
  anthropic = await startFakeProvider('anthropic');
  google = await startFakeProvider('google');
}, 120_000);
afterAll(async () => { await anthropic?.close(); await google?.close(); });

const TABLE = '\\documentclass{article}\n\\begin{document}\n\\begin{tabular}{ll}\nName & Jane Roe \\\\\nRole & Data analyst \\\\\nSkills & Python, pandas \\\\\n\\end{tabular}\n\\end{document}\n';
const posting = { title: 'Data Analyst', description: 'Requirements\n• Python and pandas\n• SQL' };
const claude = () => ({ client: createLlmClient({ provider: 'anthropic', apiKey: 'sk-ant-test', baseUrl: anthropic.baseUrl, model: 'claude-sonnet-4-20250514' }, { retry: { maxRetries: 0 } }), provider: 'anthropic' as const, model: 'claude-sonnet-4-20250514' });

describe('whole-document mode (template the segmenter cannot split)', { timeout: 180_000 }, () => {
  it('is chosen automatically; a reordered document with the same preamble is applied and compiled', async () => {
    anthropic.setReply(loadRecordedResponse('whole-document__table-resume')!);
    const r = await runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': TABLE } }, job: posting, settings: { strength: 'light' } }, { compiler, pdfText: extractPdfTextNode, llm: claude() });
    expect(r.run.mode).toBe('whole-document');
    expect(r.run.segmentation.editable).toBe(false);
    expect(r.run.edits[0]).toMatchObject({ segmentId: 'document', status: 'applied' });
    expect(r.run.compiled).toBe(true);
    expect(r.files['cv.tex'].indexOf('Skills')).toBeLessThan(r.files['cv.tex'].indexOf('Role'));
  });

  it('a changed preamble is refused; a new skill is flagged and not applied', async () => {
    anthropic.setReply(JSON.stringify({ document: TABLE.replace('\\documentclass{article}', '\\documentclass{article}\\usepackage{xcolor}') }));
    const refused = await runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': TABLE } }, job: posting, settings: { strength: 'light' } }, { compiler, pdfText: extractPdfTextNode, llm: claude() });
    expect(refused.run.edits[0].status).toBe('rejected');
    expect(refused.files).toEqual({});
    anthropic.setReply(JSON.stringify({ document: TABLE.replace('Python, pandas', 'Python, pandas, SQL') }));
    const flagged = await runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': TABLE } }, job: posting, settings: { strength: 'light' } }, { compiler, pdfText: extractPdfTextNode, llm: claude() });
    expect(flagged.run.edits[0]).toMatchObject({ status: 'flagged', claims: ['SQL'] });
    expect((await extractPdfTextNode(flagged.pdf!)).text).not.toContain('SQL');
  });
});

describe('page fitting', { timeout: 180_000 }, () => {
  it('removes the least relevant bullets until the page target is met', async () => {
    const bullets = Array.from({ length: 90 }, (_, i) => `\\item ${i % 10 === 0 ? 'Built Python pipelines for the analytics team' : 'Organised the weekly team lunch and office plants'} (item ${i + 1})`);
    const tex = `\\documentclass{article}\n\\begin{document}\n\\begin{itemize}\n${bullets.join('\n')}\n\\end{itemize}\n\\end{document}\n`;
    const r = await runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': tex } }, job: posting, settings: { strength: 'keywords', pages: 1 } }, { compiler, pdfText: extractPdfTextNode });
    expect(r.run.pages.master).toBeGreaterThan(1);
    expect(r.run.pages.tailored).toBe(1);
    const text = (await extractPdfTextNode(r.pdf!)).text;
    expect(text.match(/Built Python pipelines/g)).toHaveLength(9); // every relevant bullet survives
    expect(r.run.warnings.join(' ')).toMatch(/Removed \d+ least relevant bullet/);
  });
});

describe('page fitting with a model', { timeout: 180_000 }, () => {
  it('one shortening round brings lengthened bullets back within the target', async () => {
    const short = 'Built the Python billing service for the clinic team';
    const long = 'Built the Python billing service for the clinic team and maintained the Python billing service for the clinic team';
    const tex = `\\documentclass{article}\n\\begin{document}\n\\begin{itemize}\n${Array.from({ length: 28 }, () => `\\item ${short}`).join('\n')}\n\\end{itemize}\n\\end{document}\n`;
    const ids = Array.from({ length: 8 }, (_, i) => `b${i + 1}`);
    anthropic.setReply(({ prompt }) => JSON.stringify(prompt.includes('You shorten segments')
      ? { edits: ids.map((id) => ({ segmentId: id, newText: `${short} quickly`, reason: 'shorter' })), reorders: [] }
      : { edits: ids.map((id) => ({ segmentId: id, newText: long, reason: 'emphasis', evidence: [id] })), reorders: [] }));
    anthropic.requests.length = 0;
    const r = await runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': tex } }, job: posting, settings: { strength: 'full' } }, { compiler, pdfText: extractPdfTextNode, llm: claude() });
    expect(r.run.pages).toEqual({ master: 1, tailored: 1, target: 1 });
    expect(anthropic.requests.filter((q) => q.endpoint === 'chat')).toHaveLength(2);
    const b1 = r.run.edits.find((e) => e.segmentId === 'b1')!;
    expect(b1).toMatchObject({ status: 'applied', newText: `${short} quickly` });
    expect(b1.reason).toMatch(/shortened to fit/);
  });
});

describe('bad input', { timeout: 180_000 }, () => {
  it('refuses a binary or huge main file, and an empty posting, with a reason', async () => {
    const deps = { compiler, pdfText: extractPdfTextNode };
    await expect(runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': new Uint8Array([0, 1, 2]) } }, job: posting, settings: { strength: 'light' } }, deps)).rejects.toMatchObject({ code: 'bad-input', message: 'cv.tex is not a text file.' });
    await expect(runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': 'x'.repeat(1_100_000) } }, job: posting, settings: { strength: 'light' } }, deps)).rejects.toMatchObject({ code: 'bad-input' });
    await expect(runTailor({ project: { mainFile: 'cv.tex', files: { 'cv.tex': TABLE } }, job: { description: '  ' }, settings: { strength: 'light' } }, deps)).rejects.toMatchObject({ code: 'no-description' });
  });
});

describe('cover letter', { timeout: 180_000 }, () => {
  it('writes the body from the master, leaves out paragraphs with invented claims, and compiles with the resume\'s name', async () => {
    google.setReply(loadRecordedResponse('cover-letter__jake-backend')!);
    const project = loadCorpusResume(JAKE);
    const master = await compiler.compile({ mainFile: project.mainFile, files: project.files });
    const resumeText = (await extractPdfTextNode(master.pdf!)).text;
    const client = createLlmClient({ provider: 'google', apiKey: 'g-test', baseUrl: google.baseUrl, model: 'gemini-2.5-flash' }, { retry: { maxRetries: 0 } });
    const letter = await writeCoverLetter({ client, compiler }, { project, resumeText, job: loadPosting('backend-python') });
    expect(letter.paragraphs.map((p) => p.status)).toEqual(['applied', 'flagged', 'applied']);
    expect(letter.paragraphs[1].claims).toEqual(expect.arrayContaining(['10 years', 'Kubernetes', 'Stripe']));
    expect(letter.compiled).toBe(true);
    const text = (await extractPdfTextNode(letter.pdf!)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Jake Ryan');
    expect(text).toContain('jake@su.edu');
    expect(text).toContain('asynchronous tasks & background work');
    expect(text).not.toContain('Kubernetes');
  });
});
