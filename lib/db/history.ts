import type { BespokeDatabase } from './database';
import { words } from './job-words';
import type { JobRecord, RunIndexRecord, RunStatus } from './records';
import { refreshJobInRunIndex } from './run-index';

export type ApplicationStatus = NonNullable<JobRecord['status']>;
export type HistoryRow = RunIndexRecord;

export interface HistoryFilter {
  /** Words matched by prefix against the posting's title, company and location. */
  query?: string;
  runStatus?: RunStatus;
  /** The application status of the run's job. */
  applicationStatus?: ApplicationStatus;
}

/**
 * Every history line, newest first: the small `runIndex` table only (no run record, PDF or
 * report is read), so 5,000 runs load in tens of milliseconds; a run is read when opened.
 */
export async function loadHistory(db: BespokeDatabase, limit?: number): Promise<HistoryRow[]> {
  const newest = db.runIndex.orderBy('startedAt').reverse();
  return limit ? newest.limit(limit).toArray() : newest.toArray();
}

/** How many runs the history holds. */
export function countHistory(db: BespokeDatabase): Promise<number> {
  return db.runIndex.count();
}

/**
 * The lines matching `filter`, in memory (the lines are already loaded: a search is a scan of
 * 5,000 small objects, about a millisecond, with no database round trip). Every query word
 * must start one of the posting's words.
 */
export function filterHistory(rows: HistoryRow[], filter: HistoryFilter): HistoryRow[] {
  const tokens = words(filter.query ?? '');
  if (!tokens.length && !filter.runStatus && !filter.applicationStatus) return rows;
  return rows.filter(
    (r) =>
      (!filter.runStatus || r.status === filter.runStatus) &&
      (!filter.applicationStatus || r.applicationStatus === filter.applicationStatus) &&
      tokens.every((t) => r.words.some((w) => w.startsWith(t))),
  );
}

/** How many jobs are at each application status, from the loaded lines. */
export function applicationCounts(rows: HistoryRow[]): Record<ApplicationStatus, number> {
  const counts: Record<ApplicationStatus, number> = { saved: 0, applied: 0, interview: 0, offer: 0, rejected: 0 };
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.jobId) || !r.applicationStatus) continue;
    seen.add(r.jobId);
    counts[r.applicationStatus]++;
  }
  return counts;
}

/** Deletes runs from the history (their PDFs and files go with them). */
export async function deleteRuns(db: BespokeDatabase, ids: string[]): Promise<void> {
  await db.transaction('rw', db.runs, db.runIndex, async () => {
    await db.runs.bulkDelete(ids);
    await db.runIndex.bulkDelete(ids);
  });
}

/** Sets a job's application status and remembers when it got there. */
export async function setApplicationStatus(db: BespokeDatabase, jobId: string, status: ApplicationStatus, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.jobs, db.runIndex, async () => {
    await db.jobs
      .where('id')
      .equals(jobId)
      .modify((job) => {
        job.status = status;
        job.statusDates = { ...job.statusDates, [status]: now };
      });
    await refreshJobInRunIndex(db, jobId);
  });
}
