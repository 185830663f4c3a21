import type { BespokeDatabase } from '@/lib/db/database';
import type { RunProgressLine, RunRecord } from '@/lib/db/records';

/** A running run whose heartbeat is older than this is taken for dead (its page was closed). */
export const STALE_RUN_MS = 2 * 60_000;

/** Records a new run as running. */
export async function createRun(db: BespokeDatabase, run: Pick<RunRecord, 'jobId' | 'resumeId' | 'provider' | 'model'>, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  await db.runs.add({ ...run, id, status: 'running', startedAt: now, heartbeatAt: now, progress: [] });
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
  await db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(id);
    if (!run || run.status !== 'running') return;
    await db.runs.update(id, { ...outcome, finishedAt: now, heartbeatAt: now });
  });
}

/** Marks runs nobody is driving any more as failed, so nothing stays "running" forever. */
export async function reapStaleRuns(db: BespokeDatabase, now = Date.now()): Promise<number> {
  const stale = await db.runs.where('status').equals('running').filter((r) => now - r.heartbeatAt > STALE_RUN_MS).toArray();
  for (const run of stale) {
    await finishRun(db, run.id, { status: 'failed', error: 'The run stopped when its page was closed.' }, now);
  }
  return stale.length;
}

/** Runs, newest first. */
export function listRuns(db: BespokeDatabase, limit = 100): Promise<RunRecord[]> {
  return db.runs.orderBy('startedAt').reverse().limit(limit).toArray();
}
