import type { ExtractedJob } from '@/lib/jobs/types';
import type { BespokeDatabase } from './database';
import { sha256Hex } from './hash';
import type { JobRecord } from './records';
import { refreshJobInRunIndex } from './run-index';

/** Longest description we keep; real postings are far shorter, a larger one is page junk. */
export const MAX_DESCRIPTION_CHARS = 100_000;

/** Raised when a captured posting cannot be stored; `message` is meant for the user. */
export class JobStoreError extends Error {
  override name = 'JobStoreError';
}

function jobHashInput(job: Pick<JobRecord, 'url' | 'title' | 'company' | 'location' | 'description'>): string {
  return JSON.stringify([job.url, job.title, job.company, job.location, job.description]);
}

/**
 * Stores a captured posting and returns its id. Capturing the same posting again (same URL
 * and fields) refreshes `capturedAt` instead of adding a duplicate, also when the user has
 * edited the stored copy since (its `capturedHash` still names what was captured).
 */
export async function saveCapturedJob(db: BespokeDatabase, job: ExtractedJob, now = Date.now()): Promise<string> {
  if (job.description && job.description.length > MAX_DESCRIPTION_CHARS) {
    throw new JobStoreError(
      `The description is ${job.description.length.toLocaleString('en')} characters long; postings over ${MAX_DESCRIPTION_CHARS.toLocaleString('en')} are refused as page junk.`,
    );
  }
  // Hash before the transaction: a pending WebCrypto call would let IndexedDB auto-commit it.
  const contentHash = await sha256Hex(jobHashInput(job));
  return db.transaction('rw', db.jobs, async () => {
    const existing =
      (await db.jobs.where('contentHash').equals(contentHash).first()) ??
      (await db.jobs.where('url').equals(job.url).filter((stored) => stored.capturedHash === contentHash).first());
    if (existing) {
      await db.jobs.update(existing.id, { capturedAt: now });
      return existing.id;
    }
    const record: JobRecord = {
      id: crypto.randomUUID(),
      url: job.url,
      board: job.board,
      source: job.source,
      title: job.title,
      company: job.company,
      location: job.location,
      description: job.description,
      descriptionHtml: job.descriptionHtml ?? null,
      salary: job.salary ?? null,
      employmentType: job.employmentType ?? null,
      jsonLd: job.jsonLd,
      descriptionProblem: job.descriptionProblem ?? null,
      capturedAt: now,
      contentHash,
      capturedHash: contentHash,
    };
    await db.jobs.add(record);
    return record.id;
  });
}

export type EditableJobFields = Pick<JobRecord, 'title' | 'company' | 'location' | 'description' | 'status'>;

/** Applies the user's edits to a stored posting (the hash follows the new content). */
export async function updateJob(db: BespokeDatabase, id: string, fields: Partial<EditableJobFields>, now = Date.now()): Promise<void> {
  // Hashing is WebCrypto, not IndexedDB: it must happen outside the transaction, which would
  // otherwise auto-commit while the digest is pending.
  const current = await db.jobs.get(id);
  if (!current) throw new JobStoreError('That job is no longer stored; capture it again.');
  const contentHash = await sha256Hex(jobHashInput({ ...current, ...fields }));
  // A new application status is dated, for the history's "applied on …".
  const dated = fields.status && fields.status !== current.status ? { statusDates: { ...current.statusDates, [fields.status]: now } } : {};
  const changed = await db.jobs.update(id, { ...fields, ...dated, contentHash, editedAt: now });
  if (changed === 0) throw new JobStoreError('That job is no longer stored; capture it again.');
  // The history list repeats the job's title, company and status.
  await refreshJobInRunIndex(db, id);
}

/** The most recently captured postings, newest first. */
export function recentJobs(db: BespokeDatabase, limit = 50): Promise<JobRecord[]> {
  return db.jobs.orderBy('capturedAt').reverse().limit(limit).toArray();
}
