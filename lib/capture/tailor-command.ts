import { browser } from 'wxt/browser';
import type { BespokeDatabase } from '@/lib/db/database';
import { parseExtractedJob } from './job-schema';
import { recordCapture } from './outcome';
import { openPanel } from './panel';
import { autoTailorItem, requestPanelTab } from './panel-tab';

/** The `commands` entry in the manifest (wxt.config.ts): a keyboard shortcut, Alt+Shift+Y by default. */
export const TAILOR_COMMAND = 'tailor-current-job';

export interface TailorCommandDeps {
  database(): Promise<BespokeDatabase>;
  /** The posting of a tab, as the capture script returns it (the shortcut grants activeTab). */
  capture(tabId: number): Promise<unknown>;
  openPanel(tabId: number): Promise<void>;
}

/**
 * The shortcut: opens the panel on Tailor for the current tab, captures its posting and asks
 * the panel to tailor it at once. A page with no usable posting opens on the Job tab instead
 * (selection and paste are offered there). The panel is opened before any await: the side
 * panel and sidebar APIs accept only the shortcut's own user gesture.
 */
export async function onTailorCommand(tabId: number, deps: TailorCommandDeps): Promise<void> {
  const opening = deps.openPanel(tabId).catch((err: unknown) => console.warn('[bespoke] panel:', String(err)));
  await autoTailorItem.setValue(null);
  try {
    const outcome = await recordCapture(await deps.database(), parseExtractedJob(await deps.capture(tabId)));
    if (outcome.status === 'captured') {
      await autoTailorItem.setValue({ jobId: outcome.jobId, at: Date.now() });
      await requestPanelTab('tailor');
    } else {
      await requestPanelTab('job');
    }
  } catch (err) {
    console.warn('[bespoke] shortcut capture failed:', err instanceof Error ? err.message : String(err));
    await requestPanelTab('job');
  }
  await opening;
}

/** Listens for the shortcut (registered synchronously with the other background listeners). */
export function registerTailorCommand(database: () => Promise<BespokeDatabase>, capture: (tabId: number) => Promise<unknown>): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TAILOR_COMMAND || tab?.id === undefined) return;
    void onTailorCommand(tab.id, { database, capture, openPanel });
  });
}
