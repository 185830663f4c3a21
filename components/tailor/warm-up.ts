import { browser } from 'wxt/browser';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import { createDbMemo } from '@/lib/db/memo';
import { defaultResume } from '@/lib/db/resumes';
import { prepareMaster, type StageMemo } from '@/lib/tailor/index';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';

let memo: StageMemo | undefined;

/**
 * This page's memo of compiled masters and posting analyses (IndexedDB), scoped to the
 * extension's version so an update with a new TeX engine compiles afresh.
 */
export function getPageMemo(): StageMemo {
  memo ??= createDbMemo(getDatabase(), browser.runtime.getManifest().version);
  return memo;
}

/** The smallest document that loads the format and the fonts a resume needs first. */
const TINY = '\\documentclass{article}\\begin{document}Bespoke\\end{document}\n';

let warming: Promise<void> | undefined;

/**
 * Gets the first click's work done while the user reads the panel: starts the TeX Worker
 * (WebAssembly compiled, format loaded), loads pdf.js, and compiles the default master once
 * per content into the memo. Runs once per page; a run awaits it, so the master is never
 * compiled twice. Failures only cost the time they would have saved.
 */
export function warmUp(): Promise<void> {
  warming ??= (async () => {
    const engine = getPageTexEngine();
    const tiny = await engine.compile({ mainFile: 'warm.tex', files: { 'warm.tex': TINY } });
    if (tiny.pdf) await extractPdfTextBrowser(tiny.pdf);
    const resume = await defaultResume(getDatabase());
    if (!resume) return;
    const project = { mainFile: resume.mainFile, files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])), engine: resume.engine };
    await prepareMaster(project, { compiler: engine, pdfText: extractPdfTextBrowser, memo: getPageMemo() });
  })().catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)));
  return warming;
}
