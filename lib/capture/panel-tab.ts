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
