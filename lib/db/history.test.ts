import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRun, finishRun } from '@/lib/runs/run-store';
import { BespokeDatabase } from './database';
import { applicationCounts, deleteRuns, filterHistory, loadHistory, setApplicationStatus } from './history';
import { updateJob } from './jobs';
import { rebuildRunIndex } from './run-index';

let db: BespokeDatabase;
beforeEach(async () => {
  db = new BespokeDatabase(`history-${crypto.randomUUID()}`);
  const job = (id: string, title: string, company: string) => ({ id, url: `https://x.test/${id}`, board: 'generic', source: 'paste', title, company, location: null, description: 'd', capturedAt: 1, contentHash: id });
  await db.jobs.bulkAdd([job('j1', 'Backend Engineer', 'Acme'), job('j2', 'Data Scientist', 'Globex'), job('j3', 'Backend Developer', 'Initech')] as never[]);
  const run = (id: string, jobId: string, startedAt: number, status = 'done') => ({ id, jobId, resumeId: 'm', status, startedAt, heartbeatAt: startedAt, provider: 'offline', model: null, progress: [], scoreBefore: 40, scoreAfter: 60, pdf: new Uint8Array(8) });
  await db.runs.bulkAdd([run('a', 'j1', 1), run('b', 'j2', 2), run('c', 'j3', 3, 'failed'), run('d', 'j1', 4)] as never[]);
  await rebuildRunIndex(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('history', () => {
  it('lists every run newest first, without the PDFs', async () => {
    const rows = await loadHistory(db);
    expect(ids(rows)).toEqual(['d', 'c', 'b', 'a']);
    expect(rows[0]).toMatchObject({ title: 'Backend Engineer', company: 'Acme', scoreAfter: 60, applicationStatus: 'saved' });
    expect(rows[0]).not.toHaveProperty('pdf');
  });

  it('searches the posting’s words by prefix, every word must match', async () => {
    const rows = await loadHistory(db);
    expect(ids(filterHistory(rows, { query: 'back' }))).toEqual(['d', 'c', 'a']);
    expect(ids(filterHistory(rows, { query: 'Backend ACM' }))).toEqual(['d', 'a']);
    expect(ids(filterHistory(rows, { query: 'nothing' }))).toEqual([]);
  });

  it('filters by run status and by application status, alone or with a search', async () => {
    await setApplicationStatus(db, 'j2', 'applied', 1234);
    const rows = await loadHistory(db);
    expect(ids(filterHistory(rows, { runStatus: 'failed' }))).toEqual(['c']);
    expect(ids(filterHistory(rows, { query: 'backend', runStatus: 'done' }))).toEqual(['d', 'a']);
    expect(ids(filterHistory(rows, { applicationStatus: 'applied' }))).toEqual(['b']);
    expect(rows.find((r) => r.id === 'b')).toMatchObject({ applicationStatus: 'applied', applicationStatusAt: 1234 });
    expect((await db.jobs.get('j2'))?.statusDates).toEqual({ applied: 1234 });
    expect(applicationCounts(rows)).toMatchObject({ saved: 2, applied: 1, offer: 0 });
  });

  it('follows edits of the job, new and finished runs, and deletions', async () => {
    await updateJob(db, 'j3', { status: 'interview', company: 'Hooli' }, 99);
    expect((await db.jobs.get('j3'))?.statusDates).toEqual({ interview: 99 });
    expect(filterHistory(await loadHistory(db), { query: 'hooli' })[0]).toMatchObject({ id: 'c', applicationStatus: 'interview', applicationStatusAt: 99 });

    const id = await createRun(db, { jobId: 'j2', resumeId: 'm', provider: 'offline', model: null }, 10);
    expect((await loadHistory(db))[0]).toMatchObject({ id, status: 'running', company: 'Globex' });
    await finishRun(db, id, { status: 'done', scoreBefore: 30, scoreAfter: 70 }, 11);
    expect((await loadHistory(db))[0]).toMatchObject({ id, status: 'done', scoreAfter: 70 });

    await deleteRuns(db, ['d', id]);
    expect(ids(await loadHistory(db))).toEqual(['c', 'b', 'a']);
    expect(await db.runs.get('d')).toBeUndefined();
  });
});
