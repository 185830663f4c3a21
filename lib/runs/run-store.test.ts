import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from '@/lib/db/database';
import { createRun, finishRun, listRuns, reapStaleRuns, recordProgress, STALE_RUN_MS, startStaleRunReaper } from './run-store';

let db: BespokeDatabase;
beforeEach(() => {
  db = new BespokeDatabase(`runs-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const base = { jobId: 'j', resumeId: 'r', provider: 'offline', model: null };

describe('run store', () => {
  it('records progress as a heartbeat and ends a run once', async () => {
    const id = await createRun(db, base, 1000);
    await recordProgress(db, id, { stage: 'segment', status: 'done', ms: 4 }, 2000);
    await finishRun(db, id, { status: 'done', scoreBefore: 40, scoreAfter: 62 }, 3000);
    await finishRun(db, id, { status: 'failed', error: 'late' }, 4000);
    const run = await db.runs.get(id);
    expect(run).toMatchObject({ status: 'done', heartbeatAt: 3000, finishedAt: 3000, scoreAfter: 62 });
    expect(run!.progress).toEqual([{ stage: 'segment', status: 'done', ms: 4 }]);
    expect(run!.error).toBeUndefined();
  });

  it('marks runs with a stopped heartbeat as failed, and leaves live ones alone', async () => {
    const dead = await createRun(db, base, 0);
    const live = await createRun(db, base, STALE_RUN_MS);
    expect(await reapStaleRuns(db, STALE_RUN_MS + 1)).toBe(1);
    expect(await db.runs.get(dead)).toMatchObject({ status: 'failed', error: expect.stringContaining('closed') });
    expect((await db.runs.get(live))!.status).toBe('running');
    expect((await listRuns(db)).map((r) => r.id)).toEqual([live, dead]);
  });

  it('R1: reaps runs without a (numeric) heartbeat, e.g. imported from a backup', async () => {
    await db.runs.bulkPut([
      { ...base, id: 'imported', status: 'running', startedAt: 5, progress: [] } as never,
      { ...base, id: 'garbled', status: 'running', startedAt: 5, heartbeatAt: 'soon', progress: [] } as never,
    ]);
    expect(await reapStaleRuns(db, 10)).toBe(2);
    expect((await db.runs.toArray()).map((r) => r.status)).toEqual(['failed', 'failed']);
  });

  it('R1: a view kept open reaps a run whose heartbeat stops, on a timer', async () => {
    let clock = 0;
    const stop = startStaleRunReaper(db, { everyMs: 10, now: () => clock, onError: (err) => { throw err; } });
    try {
      const id = await createRun(db, base, 0);
      await new Promise((r) => setTimeout(r, 50));
      expect((await db.runs.get(id))!.status).toBe('running'); // alive: its heartbeat is fresh
      clock = STALE_RUN_MS + 1; // the page driving it went away; the view stays open
      await expect.poll(async () => (await db.runs.get(id))!.status, { timeout: 2000 }).toBe('failed');
    } finally {
      stop();
    }
  });
});
