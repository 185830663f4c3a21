import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest, CompileResult, TexCompiler } from '@/lib/tex/types';
import type { TextLayerHost, TextLayerSummary } from '../text-layer';
import { runTailor } from './run';

const MAIN = String.raw`\documentclass{article}
\begin{document}
\section{Experience}
\begin{itemize}
\item Built Python services for payments
\item Wrote Go tools for deployment
\end{itemize}
\end{document}
`;
const project = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN } };
const job = { title: 'Python developer', description: 'We need a Python developer with Go and deployment experience.' };
let pdf: Uint8Array;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  pdf = await doc.save();
});

/** A compiler that records what it was asked to compile; `fails` decides which requests fail. */
function recordingCompiler(fails: (req: CompileRequest) => boolean = () => false): TexCompiler & { requests: CompileRequest[] } {
  const requests: CompileRequest[] = [];
  return {
    requests,
    async compile(req) {
      requests.push(req);
      const ok = !fails(req);
      return { ok, pdf: ok ? pdf : null, pages: ok ? 1 : 0, log: '', errors: ok ? [] : [{ file: null, line: 1, message: 'Undefined control sequence' }], missingFiles: [], warnings: [], ms: 1 } satisfies CompileResult;
    },
  };
}

const summary = (readsAsWritten: number): TextLayerSummary => ({ extractor: 'pdf.js', words: 10, exact: Math.round(readsAsWritten * 10), readsAsWritten, junkGlyphs: 0, splitWords: 0, joinedWords: 0, problems: [] });

/** A host whose fix is a marker comment and a binary file, so where it went can be seen. */
function markerHost(): TextLayerHost & { checked: string[] } {
  const checked: string[] = [];
  return {
    checked,
    async check(p) { const main = p.files[p.mainFile] as string; checked.push(main); return summary(main.includes('%FIX') ? 1 : 0.9); },
    plan: () => ({
      fixes: [{ id: 'icons', label: 'Icons read as nothing', changesLook: false }], notes: ['a note'],
      files: { 'font.tfm': new Uint8Array([1, 2, 3]) }, file: 'cv.tex',
      apply: (m) => m.replace('\\begin{document}', '%FIX\n\\begin{document}'),
    }),
  };
}

const mainOf = (r: CompileRequest) => r.files['cv.tex'] as string;
const pdfText = async () => ({ pages: ['Built Python services for payments'], text: 'Built Python services for payments' });

describe('runTailor with a text-layer host', () => {
  it('compiles the tailored copy with the fixes and the master without; records both checks', async () => {
    const compiler = recordingCompiler();
    const host = markerHost();
    const r = await runTailor({ project, job, settings: { strength: 'keywords' } }, { compiler, pdfText, textLayer: host });
    const [masterReq, ...tailoredReqs] = compiler.requests;
    expect(mainOf(masterReq)).not.toContain('%FIX');
    expect(masterReq.files['font.tfm']).toBeUndefined();
    expect(tailoredReqs.length).toBeGreaterThan(0);
    for (const req of tailoredReqs) { expect(mainOf(req)).toContain('%FIX'); expect(req.files['font.tfm']).toEqual(new Uint8Array([1, 2, 3])); }
    expect(r.files['cv.tex']).toContain('%FIX');
    expect(project.files['cv.tex']).toBe(MAIN);
    expect(r.run.textLayer).toMatchObject({ master: { readsAsWritten: 0.9 }, tailored: { readsAsWritten: 1 }, fixes: { fixes: [{ id: 'icons' }], notes: ['a note'] } });
  });

  it('leaves the text layer alone when the setting is off, but still checks it', async () => {
    const compiler = recordingCompiler();
    const r = await runTailor({ project, job, settings: { strength: 'keywords', pdfFixes: false } }, { compiler, pdfText, textLayer: markerHost() });
    expect(compiler.requests.every((q) => !mainOf(q).includes('%FIX'))).toBe(true);
    expect(r.files['cv.tex'] ?? '').not.toContain('%FIX');
    expect(r.run.textLayer).toMatchObject({ fixes: null, master: { readsAsWritten: 0.9 }, tailored: { readsAsWritten: 0.9 } });
  });

  it('drops the fixes, with a note, when they break the compile', async () => {
    const compiler = recordingCompiler((q) => mainOf(q).includes('%FIX'));
    const r = await runTailor({ project, job, settings: { strength: 'keywords' } }, { compiler, pdfText, textLayer: markerHost() });
    expect(r.run.compiled).toBe(true);
    expect(r.files['cv.tex'] ?? '').not.toContain('%FIX');
    expect(r.run.textLayer?.fixes).toBeNull();
    expect(r.run.textLayer?.notes.join(' ')).toMatch(/broke the compile.*Undefined control sequence/);
  });
});
