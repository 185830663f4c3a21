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

/** Whether runs live in the run host (Chrome's offscreen document, made now if need be). */
export async function runsHosted(): Promise<boolean> {
  try {
    return (await sendMessage('run:host')).hosted;
  } catch (err) {
    console.warn('[bespoke] no run host, the panel runs it:', String(err));
    return false;
  }
}

/** Tells the run host to warm up; a host made a moment ago may still be loading its script. */
async function warmHost(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage('run:warm');
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

let warming: Promise<void> | undefined;

/**
 * Gets the first click's work done while the user reads the panel, where runs will happen: in
 * the run host when there is one, else in this page (lib/runs/warm-up.ts). Runs once per page;
 * a run in this page awaits it, so the master is never compiled twice. Failures only cost the
 * time they would have saved.
 */
export function warmUp(): Promise<void> {
  warming ??= (async () => {
    if (await runsHosted()) return warmHost();
    return warmUpTailoring({ engine: getPageTexEngine(), db: getDatabase(), memo: getPageMemo(), pdfText: extractPdfTextBrowser, textLayer: browserTextLayer });
  })().catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)));
  return warming;
}
