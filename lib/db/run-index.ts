import type { BespokeDatabase } from './database';
import type { JobRecord, RunRecord } from './records';
import { jobFacts, runIndexRecord } from './run-index-record';

/** Re-copies a job's facts into the index lines of its runs (after an edit or a status change). */
export async function refreshJobInRunIndex(db: BespokeDatabase, jobId: string): Promise<void> {
  const job = await db.jobs.get(jobId);
  if (job) await db.runIndex.where('jobId').equals(jobId).modify(jobFacts(job));
}

/** Writes the index lines of these runs (or of every run) from the runs and jobs tables. */
export async function rebuildRunIndex(db: BespokeDatabase, runIds?: string[]): Promise<void> {
  const runs = runIds ? (await db.runs.bulkGet(runIds)).filter((r): r is RunRecord => r !== undefined) : await db.runs.toArray();
  const jobs = new Map((await db.jobs.bulkGet([...new Set(runs.map((r) => r.jobId))])).filter((j): j is JobRecord => j !== undefined).map((j) => [j.id, j]));
  await db.runIndex.bulkPut(runs.map((r) => runIndexRecord(r, jobs.get(r.jobId))));
}
