import type { BespokeDatabase } from '@/lib/db/database';
import type { RunProgressLine, RunRecord } from '@/lib/db/records';
import { runIndexRecord } from '@/lib/db/run-index-record';

/** How often a live run proves it is alive (its page writes `heartbeatAt`). */
export const HEARTBEAT_MS = 20_000;
/**
 * A running run whose heartbeat is older than this is taken for dead. Six beats, not fewer: a
 * hidden page's timers may be throttled to one a minute, and a live run must never be reaped.
 */
export const STALE_RUN_MS = 6 * HEARTBEAT_MS;
/** How often an open view looks for dead runs, so none outlives its heartbeat by much. */
export const REAP_EVERY_MS = 15_000;

/** Records a new run as running. */
export async function createRun(db: BespokeDatabase, run: Pick<RunRecord, 'jobId' | 'resumeId' | 'provider' | 'model'>, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  const record: RunRecord = { ...run, id, status: 'running', startedAt: now, heartbeatAt: now, progress: [] };
  const job = await db.jobs.get(run.jobId);
  await db.transaction('rw', db.runs, db.runIndex, async () => {
    await db.runs.add(record);
    await db.runIndex.put(runIndexRecord(record, job));
  });
  return id;
}

/** Appends a progress line; it doubles as the run's heartbeat. */
export async function recordProgress(db: BespokeDatabase, id: string, line: RunProgressLine, now = Date.now()): Promise<void> {
  await db.runs
    .where('id')
    .equals(id)
    .modify((run) => {
      run.progress.push(line);
      run.heartbeatAt = now;
    });
}

/** Ends a run with its outcome; a run ends exactly once. */
export async function finishRun(db: BespokeDatabase, id: string, outcome: Partial<RunRecord> & { status: Exclude<RunRecord['status'], 'running'> }, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.runs, db.runIndex, async () => {
    const run = await db.runs.get(id);
    if (!run || run.status !== 'running') return;
    await db.runs.update(id, { ...outcome, finishedAt: now, heartbeatAt: now });
    await db.runIndex.update(id, { status: outcome.status, scoreBefore: outcome.scoreBefore, scoreAfter: outcome.scoreAfter });
  });
}

/** Marks runs nobody is driving any more as failed, so nothing stays "running" forever. */
export async function reapStaleRuns(db: BespokeDatabase, now = Date.now()): Promise<number> {
  // A missing or non-numeric heartbeat (an imported or damaged record) would compare as NaN
  // and never look stale: such a run has nobody driving it, so it is dead.
  const dead = (r: { heartbeatAt?: unknown }) => typeof r.heartbeatAt !== 'number' || !Number.isFinite(r.heartbeatAt) || now - r.heartbeatAt > STALE_RUN_MS;
  const stale = await db.runs.where('status').equals('running').filter(dead).toArray();
  for (const run of stale) {
    await finishRun(db, run.id, { status: 'failed', error: 'Interrupted: the browser stopped this run before it finished (closed, restarted or updated). Retry to run it again.' }, now);
  }
  return stale.length;
}

/**
 * Reaps dead runs now and then every `everyMs` while a view is open (a view kept open used to
 * show a dead run as running forever). Returns the function that stops it.
 */
export function startStaleRunReaper(db: BespokeDatabase, options: { everyMs?: number; now?: () => number; onError?: (err: unknown) => void } = {}): () => void {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((err: unknown) => console.warn('[bespoke] could not close stale runs:', String(err)));
  const reap = () => void reapStaleRuns(db, now()).catch(onError);
  reap();
  const timer = setInterval(reap, options.everyMs ?? REAP_EVERY_MS);
  return () => clearInterval(timer);
}

/** Runs, newest first. */
export function listRuns(db: BespokeDatabase, limit = 100): Promise<RunRecord[]> {
  return db.runs.orderBy('startedAt').reverse().limit(limit).toArray();
}

/** One job's runs, newest first, from the `jobId` index. */
export async function listJobRuns(db: BespokeDatabase, jobId: string): Promise<RunRecord[]> {
  const runs = await db.runs.where('jobId').equals(jobId).toArray();
  return runs.sort((a, b) => b.startedAt - a.startedAt);
}
