import type { JobRecord } from './records';

/** Lower-case words, accents folded: "Zürich" and "zurich" find each other. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/**
 * The words of a posting that history search matches by prefix (title, company, location):
 * kept in the `jobs` table's multi-entry `words` index, so a search is an index range scan,
 * not a read of every posting.
 */
export function jobWords(job: Pick<JobRecord, 'title' | 'company' | 'location'>): string[] {
  return [...new Set(words([job.title, job.company, job.location].filter(Boolean).join(' ')))].slice(0, 64);
}
