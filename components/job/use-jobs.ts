import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { recentJobs, saveCapturedJob, updateJob, type EditableJobFields } from '@/lib/db/jobs';
import type { ExtractedJob } from '@/lib/jobs/types';
import { sendMessage } from '@/lib/messaging/protocol';

/** Captured postings, newest first, updating live as the background stores new ones. */
export function useRecentJobs() {
  return useLiveQuery(() => recentJobs(getDatabase()), []);
}

export function useUpdateJob() {
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: Partial<EditableJobFields> }) => updateJob(getDatabase(), id, fields),
  });
}

/** Saves a posting typed or selected by the user (extension pages write to the database directly). */
export function useSaveManualJob() {
  return useMutation({ mutationFn: (job: ExtractedJob) => saveCapturedJob(getDatabase(), job) });
}

async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab to read.');
  return tab.id;
}

/** Asks the background to read the posting in the active tab (job boards, or after a toolbar click). */
export function useCaptureActiveTab() {
  return useMutation({
    mutationFn: async () => sendMessage('job:capture-tab', { tabId: await activeTabId() }),
  });
}
