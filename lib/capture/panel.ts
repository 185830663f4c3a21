import { browser } from 'wxt/browser';

/**
 * Opens Bespoke's panel for a tab: Chrome's side panel, Firefox's sidebar.
 *
 * Both APIs demand a user gesture, so this must be *called* synchronously from the click
 * (or the message the click sent) — the returned promise may be awaited afterwards.
 */
export function openPanel(tabId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome
    ?.sidePanel;
  if (chromeSidePanel) return chromeSidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel or sidebar API.'));
}
