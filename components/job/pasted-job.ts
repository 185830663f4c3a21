import type { ExtractedJob } from '@/lib/jobs/types';
import type { PastedJob } from './paste-job';

/** Turns what the user pasted (or selected on the page) into a posting like any captured one. */
export function pastedToExtracted(pasted: PastedJob, url: string, source: 'paste' | 'selection'): ExtractedJob {
  return {
    url,
    board: 'generic',
    source,
    title: pasted.title || null,
    company: pasted.company || null,
    location: null,
    description: pasted.description,
    warnings: [],
  };
}
