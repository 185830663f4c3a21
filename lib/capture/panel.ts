import { browser } from 'wxt/browser';

type Sidebar = { open(): Promise<void> };

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
  const sidebar = (browser as unknown as { sidebarAction?: Sidebar }).sidebarAction;
  if (sidebar) return sidebar.open().catch(() => openPanelTab(tabId));
  return Promise.reject(new Error('This browser has no side panel or sidebar API.'));
}

/**
 * Firefox opens the sidebar only from its own user-input handlers (toolbar, popup, menus); a
 * message sent by the page's button is not one. Rather than let the click do nothing visible,
 * the panel opens as a tab beside the posting (the sidebar stays one toolbar click away).
 */
async function openPanelTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html'), index: tab.index + 1, windowId: tab.windowId, openerTabId: tabId });
}
