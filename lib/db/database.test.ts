import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('BespokeDatabase migrations', () => {
  it('upgrades a version-1 database: jobs kept and given a status, runs table added', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    // The schema exactly as version 1 shipped it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ jobs: 'id, contentHash, capturedAt, url, board', resumes: 'id, updatedAt, name' });
    await v1.table('jobs').add({ id: 'j1', url: 'https://x.test/1', title: 'Engineer', capturedAt: 1, contentHash: 'h' });
    await v1.table('resumes').add({ id: 'r1', name: 'CV', mainFile: 'cv.tex', files: [], createdAt: 1, updatedAt: 1 });
    v1.close();

    const db = new BespokeDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.jobs.get('j1')).toMatchObject({ title: 'Engineer', status: 'saved' });
    expect(await db.resumes.get('r1')).toMatchObject({ name: 'CV' });
    expect(await db.jobs.where('status').equals('saved').count()).toBe(1);
    await db.runs.add({ id: 'run1', jobId: 'j1', resumeId: 'r1', status: 'running', startedAt: 1, heartbeatAt: 1, provider: 'offline', model: null, progress: [] });
    expect(await db.runs.count()).toBe(1);
    db.close();
  });

  it('upgrades a version-2 database to version 4: history kept, texPackages and an empty memo table added', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    // The schema exactly as version 2 shipped it.
    const v2 = new Dexie(name);
    v2.version(1).stores({ jobs: 'id, contentHash, capturedAt, url, board', resumes: 'id, updatedAt, name' });
    v2.version(2).stores({ jobs: 'id, contentHash, capturedAt, url, board, status', runs: 'id, startedAt, status, jobId, resumeId, cacheKey' });
    await v2.table('runs').add({ id: 'run1', jobId: 'j1', resumeId: 'r1', status: 'done', startedAt: 1, heartbeatAt: 1, provider: 'offline', model: null, progress: [] });
    v2.close();

    const db = new BespokeDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.runs.get('run1')).toMatchObject({ status: 'done' });
    expect(await db.memo.count()).toBe(0);
    await db.memo.put({ key: 'k', value: { pdf: new Uint8Array([1, 2]) }, savedAt: 1 });
    expect((await db.memo.get('k'))?.value).toEqual({ pdf: new Uint8Array([1, 2]) });
    await db.texPackages.put({ name: 'curve', revision: 1, files: { 'tex/latex/curve/curve.cls': new Uint8Array([1]) }, maps: [], sha512: 'x', mirror: 'http://127.0.0.1/', fetchedAt: 2, bytes: 1 });
    expect((await db.texPackages.orderBy('fetchedAt').first())?.name).toBe('curve');
    db.close();
  });
});

