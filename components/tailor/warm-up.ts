import { browser } from 'wxt/browser';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import { createDbMemo } from '@/lib/db/memo';
import { sendMessage } from '@/lib/messaging/protocol';
import { browserTextLayer } from '@/lib/pdf-check/browser';
import { warmUpTailoring } from '@/lib/runs/warm-up';
import type { StageMemo } from '@/lib/tailor/index';
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

let warming: Promise<void> | undefined;

/**
 * Gets the first click's work done in this page, for runs this page drives (no run host): the
 * engine started, pdf.js loaded, the default master compiled and checked into the memo
 * (lib/runs/warm-up.ts). Once per page; a run awaits it, so the master is never compiled twice.
 * Failures only cost the time they would have saved.
 */
export function warmUp(): Promise<void> {
  warming ??= warmUpTailoring({ engine: getPageTexEngine(), db: getDatabase(), memo: getPageMemo(), pdfText: extractPdfTextBrowser, textLayer: browserTextLayer })
    .catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)));
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
