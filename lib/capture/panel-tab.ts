import { storage } from 'wxt/utils/storage';

/**
 * The side panel tab a popup or a shortcut asked for ("Tailor this job" opens it on Tailor).
 * Session storage: it means something only until the panel has read it.
 */
export const panelTabRequestItem = storage.defineItem<string | null>('session:panel.requestedTab', { fallback: null });

/** Asks the side panel (open now or about to be) to show `tab`. */
export function requestPanelTab(tab: string): Promise<void> {
  return panelTabRequestItem.setValue(tab);
}

/** A posting the keyboard shortcut captured, for the panel to tailor at once (then cleared). */
export interface AutoTailorRequest {
  jobId: string;
  at: number;
}

/** Set by the shortcut once its posting is stored; read (and cleared) by the panel's Tailor tab. */
export const autoTailorItem = storage.defineItem<AutoTailorRequest | null>('session:panel.autoTailor', { fallback: null });

/** A request older than this is stale (the panel was not there to take it): never acted on later. */
export const AUTO_TAILOR_TTL_MS = 2 * 60_000;
