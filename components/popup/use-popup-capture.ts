import { useMutation, useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { openPanel } from '@/lib/capture/panel';
import { requestPanelTab } from '@/lib/capture/panel-tab';
import { sendMessage } from '@/lib/messaging/protocol';

/** The tab the toolbar button was clicked on: the popup belongs to it. */
export function useActiveTab() {
  return useQuery({
    queryKey: ['active-tab'],
    queryFn: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('No active tab.');
      return { id: tab.id, url: tab.url ?? '' };
    },
  });
}

/** Captures the active tab once when the popup opens (the toolbar click granted activeTab). */
export function useCaptureOnOpen(tabId: number | undefined) {
  return useQuery({
    queryKey: ['capture', tabId],
    enabled: tabId !== undefined,
    queryFn: () => sendMessage('job:capture-tab', { tabId: tabId! }),
    staleTime: Infinity,
  });
}

/** Reads the user's text selection in the tab, for pages whose posting could not be found. */
export function useReadSelection(tabId: number | undefined) {
  return useMutation({
    mutationFn: async () => {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId: tabId! },
        func: () => window.getSelection()?.toString() ?? '',
      });
      const text = String(injection?.result ?? '').trim();
      if (text.split(/\s+/).length < 5) throw new Error('Select the job description on the page first, then try again.');
      return text;
    },
  });
}

/**
 * Opens the side panel (on `tab` when given); called straight from the click so the user
 * gesture still counts — the tab request is written after the panel call has started.
 */
export function openPanelFromPopup(tabId: number, tab?: string): void {
  const opening = openPanel(tabId);
  const asked = tab ? requestPanelTab(tab) : Promise.resolve();
  Promise.all([opening, asked]).then(
    () => window.close(),
    (err) => console.warn('[bespoke] panel:', String(err)),
  );
}
