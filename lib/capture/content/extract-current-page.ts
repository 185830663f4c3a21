import { extractJob } from '@/lib/jobs/index';
import type { ExtractedJob } from '@/lib/jobs/types';

/** Extracts the posting from the live page, with the user's text selection as the last resort. */
export function extractFromCurrentPage(): ExtractedJob {
  const selection = window.getSelection()?.toString().trim() || undefined;
  const job = extractJob(document, location.href, { selection });
  // Structured-clone safe: executeScript and runtime messages copy the value.
  return JSON.parse(JSON.stringify(job)) as ExtractedJob;
}
