import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';
import { applicationCounts, deleteRuns, historyIds, historyRows, setApplicationStatus } from './history';
import { updateJob } from './jobs';

let db: BespokeDatabase;
beforeEach(async () => {
  db = new BespokeDatabase(`history-${crypto.randomUUID()}`);
  const job = (id: string, title: string, company: string) => ({ id, url: `https://x.test/${id}`, board: 'generic', source: 'paste', title, company, location: null, description: 'd', capturedAt: 1, contentHash: id });
  await db.jobs.bulkAdd([job('j1', 'Backend Engineer', 'Acme'), job('j2', 'Data Scientist', 'Globex'), job('j3', 'Backend Developer', 'Initech')] as never[]);
  const run = (id: string, jobId: string, startedAt: number, status = 'done') => ({ id, jobId, resumeId: 'm', status, startedAt, heartbeatAt: startedAt, provider: 'offline', model: null, progress: [], scoreBefore: 40, scoreAfter: 60, pdf: new Uint8Array(8) });
  await db.runs.bulkAdd([run('a', 'j1', 1), run('b', 'j2', 2), run('c', 'j3', 3, 'failed'), run('d', 'j1', 4)] as never[]);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('history queries', () => {
  it('lists every run newest first', async () => {
    expect(await historyIds(db)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('searches the posting’s words by prefix, every word must match', async () => {
    expect(await historyIds(db, { query: 'back' })).toEqual(['d', 'c', 'a']);
    expect(await historyIds(db, { query: 'backend acm' })).toEqual(['d', 'a']);
    expect(await historyIds(db, { query: 'nothing' })).toEqual([]);
  });

  it('filters by run status and by application status, alone or with a search', async () => {
    expect(await historyIds(db, { runStatus: 'failed' })).toEqual(['c']);
    expect(await historyIds(db, { query: 'backend', runStatus: 'done' })).toEqual(['d', 'a']);
    await setApplicationStatus(db, 'j2', 'applied', 1234);
    expect(await historyIds(db, { applicationStatus: 'applied' })).toEqual(['b']);
    expect(await historyIds(db, { applicationStatus: 'saved' })).toEqual(['d', 'c', 'a']);
    expect((await db.jobs.get('j2'))?.statusDates).toEqual({ applied: 1234 });
    expect(await applicationCounts(db)).toMatchObject({ saved: 2, applied: 1, offer: 0 });
  });

  it('reads rows for ids on screen with their job, and deletes runs', async () => {
    const rows = await historyRows(db, ['d', 'b']);
    expect(rows.map((r) => [r.id, r.job?.company, r.scoreAfter])).toEqual([['d', 'Acme', 60], ['b', 'Globex', 60]]);
    expect(rows[0]).not.toHaveProperty('pdf');
    await deleteRuns(db, ['d']);
    expect(await historyIds(db)).toEqual(['c', 'b', 'a']);
  });

  it('an edit of the status in the job editor is dated too', async () => {
    await updateJob(db, 'j3', { status: 'interview' }, 99);
    expect((await db.jobs.get('j3'))?.statusDates).toEqual({ interview: 99 });
  });
});
