import type { BespokeDatabase } from '@/lib/db/database';
import { saveCapturedJob } from '@/lib/db/jobs';
import type { ExtractedJob } from '@/lib/jobs/types';
import type { CaptureOutcome } from '@/lib/messaging/protocol';

const PROBLEM_REASONS: Record<string, string> = {
  placeholder: 'The page only has a placeholder instead of the job description (the ad may be an image).',
  'image-only': 'The job description on this page is an image, not text.',
  missing: 'No job description was found on this page.',
};

/** Why a posting cannot be used as it is, or null when it can. */
export function unusableReason(job: ExtractedJob): string | null {
  // An application form's field labels are never a description: send the user to the posting.
  if (job.applicationForm) {
    const where = job.applicationForm.postingUrl;
    return where ? `This is the application form, not the posting. Open the posting (${where}) and capture it there.` : 'This is the application form, not the posting. Open the posting itself and capture it there.';
  }
  if (job.descriptionProblem) return PROBLEM_REASONS[job.descriptionProblem] ?? PROBLEM_REASONS.missing;
  if (!job.description?.trim()) return PROBLEM_REASONS.missing;
  return null;
}

/**
 * Stores a usable posting and says what happened. A posting without a usable description is
 * not stored: the UI offers the selection or a pasted description instead.
 */
export async function recordCapture(db: BespokeDatabase, job: ExtractedJob): Promise<CaptureOutcome> {
  const reason = unusableReason(job);
  if (reason) return { status: 'nothing-found', job, reason };
  const jobId = await saveCapturedJob(db, job);
  return { status: 'captured', jobId, job };
}
