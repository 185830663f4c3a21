import { browser } from 'wxt/browser';
import type { BespokeDatabase } from '@/lib/db/database';
import { handle } from '@/lib/messaging/handle';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { parseExtractedJob } from './job-schema';
import { recordCapture } from './outcome';
import { openPanel } from './panel';
import { registerTailorCommand } from './tailor-command';

/** The capture script WXT builds from `entrypoints/capture.content` (runtime-registered). */
export const CAPTURE_SCRIPT_FILE = '/content-scripts/capture.js';

function failure(err: unknown): CaptureOutcome {
  const reason = err instanceof Error ? err.message : String(err);
  console.warn('[bespoke] capture failed:', reason);
  return { status: 'failed', reason };
}

/** Runs the capture script in a tab the user granted us (activeTab) and returns its posting. */
export async function captureFromTab(tabId: number): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT_FILE] });
  if (!injection || injection.result === undefined) {
    throw new Error('Bespoke cannot read this page (browser pages and the extension store are off limits).');
  }
  return injection.result;
}

/** Registers the background's capture handlers: on-page button, toolbar capture, panel opening, the shortcut. */
export function registerCaptureHandlers(database: () => Promise<BespokeDatabase>): void {
  handle('job:captured', async ({ job }, { tabId }) => {
    // Opened first and not awaited: the side panel needs the click's user gesture, which an
    // earlier await would lose.
    if (tabId !== undefined) openPanel(tabId).catch((err) => console.warn('[bespoke] panel:', String(err)));
    try {
      return await recordCapture(await database(), parseExtractedJob(job));
    } catch (err) {
      return failure(err);
    }
  });

  handle('job:capture-tab', async ({ tabId }) => {
    try {
      return await recordCapture(await database(), parseExtractedJob(await captureFromTab(tabId)));
    } catch (err) {
      return failure(err);
    }
  });

  handle('panel:open', ({ tabId }) => openPanel(tabId));
  registerTailorCommand(database, captureFromTab);
}
