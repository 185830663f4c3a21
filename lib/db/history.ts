import Dexie from 'dexie';
import type { BespokeDatabase } from './database';
import { words } from './job-words';
import type { JobRecord, RunRecord, RunStatus } from './records';

export type ApplicationStatus = NonNullable<JobRecord['status']>;

export interface HistoryFilter {
  /** Words matched by prefix against the posting's title, company and location. */
  query?: string;
  runStatus?: RunStatus;
  /** The application status of the run's job. */
  applicationStatus?: ApplicationStatus;
}

/** One history line: the run's facts and its job's, without the PDF, files or report. */
export interface HistoryRow {
  id: string;
  jobId: string;
  startedAt: number;
  status: RunStatus;
  provider: string;
  model: string | null;
  scoreBefore?: number;
  scoreAfter?: number | null;
  job: Pick<JobRecord, 'id' | 'title' | 'company' | 'status' | 'statusDates'> | null;
}

function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
  return new Set([...(first ?? [])].filter((x) => rest.every((s) => s.has(x))));
}

/** Jobs matching the search words and application status, or null when neither is asked. */
async function matchingJobs(db: BespokeDatabase, filter: HistoryFilter): Promise<Set<string> | null> {
  const sets: Set<string>[] = [];
  for (const token of words(filter.query ?? '')) {
    sets.push(new Set((await db.jobs.where('words').startsWith(token).primaryKeys()) as string[]));
  }
  if (filter.applicationStatus) sets.push(new Set((await db.jobs.where('status').equals(filter.applicationStatus).primaryKeys()) as string[]));
  return sets.length ? intersect(sets) : null;
}

/**
 * The ids of the runs matching `filter`, newest first. Only index keys are read (key cursors):
 * no run record, PDF or report is loaded, so 5,000 runs list in milliseconds; the rows on
 * screen are read with `historyRows`.
 */
export async function historyIds(db: BespokeDatabase, filter: HistoryFilter = {}): Promise<string[]> {
  const jobs = await matchingJobs(db, filter);
  if (jobs === null) {
    const runs = filter.runStatus
      ? db.runs.where('[status+startedAt]').between([filter.runStatus, Dexie.minKey], [filter.runStatus, Dexie.maxKey])
      : db.runs.orderBy('startedAt');
    return (await runs.reverse().primaryKeys()) as string[];
  }
  if (jobs.size === 0) return [];
  const found: { id: string; startedAt: number }[] = [];
  await db.runs
    .where('[jobId+startedAt]')
    .inAnyRange([...jobs].map((id) => [[id, Dexie.minKey], [id, Dexie.maxKey]]))
    .eachKey((key, cursor) => {
      found.push({ id: cursor.primaryKey as string, startedAt: (key as [string, number])[1] });
    });
  let ids = found.sort((a, b) => b.startedAt - a.startedAt).map((f) => f.id);
  if (filter.runStatus) {
    const withStatus = new Set((await db.runs.where('status').equals(filter.runStatus).primaryKeys()) as string[]);
    ids = ids.filter((id) => withStatus.has(id));
  }
  return ids;
}

/** The rows for these run ids (the ones on screen), in the same order; deleted runs left out. */
export async function historyRows(db: BespokeDatabase, ids: string[]): Promise<HistoryRow[]> {
  const runs = (await db.runs.bulkGet(ids)).filter((r): r is RunRecord => r !== undefined);
  const jobIds = [...new Set(runs.map((r) => r.jobId))];
  const jobs = new Map((await db.jobs.bulkGet(jobIds)).filter((j): j is JobRecord => j !== undefined).map((j) => [j.id, j]));
  return runs.map((r) => {
    const job = jobs.get(r.jobId);
    return {
      id: r.id,
      jobId: r.jobId,
      startedAt: r.startedAt,
      status: r.status,
      provider: r.provider,
      model: r.model,
      scoreBefore: r.scoreBefore,
      scoreAfter: r.scoreAfter,
      job: job ? { id: job.id, title: job.title, company: job.company, status: job.status, statusDates: job.statusDates } : null,
    };
  });
}

/** Deletes runs from the history (their PDFs and files go with them). */
export function deleteRuns(db: BespokeDatabase, ids: string[]): Promise<void> {
  return db.runs.bulkDelete(ids);
}

/** Sets a job's application status and remembers when it got there. */
export async function setApplicationStatus(db: BespokeDatabase, jobId: string, status: ApplicationStatus, now = Date.now()): Promise<void> {
  await db.jobs
    .where('id')
    .equals(jobId)
    .modify((job) => {
      job.status = status;
      job.statusDates = { ...job.statusDates, [status]: now };
    });
}

/** How many jobs are at each application status (for the filter's counts). */
export async function applicationCounts(db: BespokeDatabase): Promise<Record<ApplicationStatus, number>> {
  const statuses: ApplicationStatus[] = ['saved', 'applied', 'interview', 'offer', 'rejected'];
  const counts = await Promise.all(statuses.map((s) => db.jobs.where('status').equals(s).count()));
  return Object.fromEntries(statuses.map((s, i) => [s, counts[i]])) as Record<ApplicationStatus, number>;
}
