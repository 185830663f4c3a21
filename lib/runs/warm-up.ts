import type { BespokeDatabase } from '@/lib/db/database';
import { defaultResume } from '@/lib/db/resumes';
import { prepareMaster, type PdfText, type StageMemo, type TextLayerHost } from '@/lib/tailor/index';
import type { TexCompiler } from '@/lib/tex/types';

/** The smallest document that loads the format and the fonts a resume needs first. */
const TINY = '\\documentclass{article}\\begin{document}Bespoke\\end{document}\n';

export interface WarmUpDeps {
  engine: TexCompiler;
  db: BespokeDatabase;
  memo: StageMemo;
  pdfText: (pdf: Uint8Array) => Promise<PdfText>;
  textLayer?: TextLayerHost;
}

/**
 * Gets the first click's work done before the click, in the page that will run it: starts the
 * TeX Worker (WebAssembly compiled, format loaded, code warmed by a tiny document), loads
 * pdf.js, and compiles and checks the default master once per content into the memo — so a
 * run finds the master there and compiles only the tailored copy, from the master's .aux.
 */
export async function warmUpTailoring(deps: WarmUpDeps, options: { engine?: boolean } = {}): Promise<void> {
  if (options.engine !== false) {
    const tiny = await deps.engine.compile({ mainFile: 'warm.tex', files: { 'warm.tex': TINY } });
    if (tiny.pdf) await deps.pdfText(tiny.pdf);
  }
  const resume = await defaultResume(deps.db);
  if (!resume) return;
  const project = { mainFile: resume.mainFile, files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])), engine: resume.engine };
  await prepareMaster(project, { compiler: deps.engine, pdfText: deps.pdfText, memo: deps.memo, textLayer: deps.textLayer });
}
