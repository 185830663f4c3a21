import { browser } from 'wxt/browser';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import { createDbMemo } from '@/lib/db/memo';
import { defaultResume } from '@/lib/db/resumes';
import { sendMessage } from '@/lib/messaging/protocol';
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

/** Asks the background for the run host; any failure means "the panel runs it". */
export async function runsHosted(): Promise<boolean> {
  try {
    return (await sendMessage('run:host')).hosted;
  } catch (err) {
    console.warn('[bespoke] no run host, the panel runs it:', String(err));
    return false;
  }
}

/**
 * Warms up where runs will happen: the run host (Chrome's offscreen document, Firefox's event
 * page) when there is one, so this page's main thread stays free for the person's clicks
 * (pdf.js and the engine's start here held the History tab back by ~0.5 s); else this page.
 */
export async function warmUpForRuns(): Promise<void> {
  if (!(await runsHosted())) return warmUp();
  // An offscreen document created a moment ago may still be loading its script: one retry.
  await sendMessage('run:warm-up')
    .catch(async () => {
      await new Promise((r) => setTimeout(r, 300));
      return sendMessage('run:warm-up');
    })
    .catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)));
}
