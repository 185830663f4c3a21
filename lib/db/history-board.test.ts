import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';
import { loadHistory, setApplicationStatus } from './history';
import { boardColumns } from './history-board';
import { rebuildRunIndex } from './run-index';

let db: BespokeDatabase;
beforeEach(async () => {
  db = new BespokeDatabase(`board-${crypto.randomUUID()}`);
  const job = (id: string, title: string) => ({ id, url: `https://x.test/${id}`, board: 'generic', source: 'paste', title, company: 'Acme', location: null, description: 'd', capturedAt: 1, contentHash: id });
  await db.jobs.bulkAdd([job('j1', 'Backend Engineer'), job('j2', 'Data Scientist'), job('j3', 'SRE')] as never[]);
  const run = (id: string, jobId: string, startedAt: number, status = 'done', scoreAfter = 60) => ({ id, jobId, resumeId: 'm', status, startedAt, heartbeatAt: startedAt, provider: 'offline', model: null, progress: [], scoreBefore: 40, scoreAfter });
  await db.runs.bulkAdd([run('a', 'j1', 1, 'done', 55), run('b', 'j2', 2), run('c', 'j1', 3, 'failed'), run('d', 'j3', 4, 'done', 81), run('e', 'gone', 5)] as never[]);
  await rebuildRunIndex(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('history board', () => {
  it('puts one card per job in its status column, newest run first, with the status dates in order', async () => {
    await setApplicationStatus(db, 'j1', 'applied', 100);
    await setApplicationStatus(db, 'j1', 'interview', 200);
    const board = boardColumns(await loadHistory(db));
    expect(board.saved.map((c) => c.jobId)).toEqual(['j3', 'j2']);
    expect(board.applied).toEqual([]);
    const [card] = board.interview;
    // j1: the newest run (c) failed, so the score is the newest finished run's (a).
    expect(card).toMatchObject({ jobId: 'j1', latestRunId: 'c', runs: 2, score: 55, since: 200 });
    expect(card.timeline).toEqual([{ status: 'applied', at: 100 }, { status: 'interview', at: 200 }]);
  });

  it('leaves runs of deleted jobs off the board', async () => {
    const board = boardColumns(await loadHistory(db));
    expect(Object.values(board).flat().map((c) => c.jobId).sort()).toEqual(['j1', 'j2', 'j3']);
  });
});
