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
    expect(db.verno).toBe(7);
    expect(await db.jobs.get('j1')).toMatchObject({ title: 'Engineer', status: 'saved' });
    expect(await db.resumes.get('r1')).toMatchObject({ name: 'CV' });
    expect(await db.jobs.where('status').equals('saved').count()).toBe(1);
    await db.runs.add({ id: 'run1', jobId: 'j1', resumeId: 'r1', status: 'running', startedAt: 1, heartbeatAt: 1, provider: 'offline', model: null, progress: [] });
    expect(await db.runs.count()).toBe(1);
    db.close();
  });

  it('upgrades a version-2 database to version 6: history kept, texPackages and an empty memo table added', async () => {
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
    expect(db.verno).toBe(7);
    expect(await db.runs.get('run1')).toMatchObject({ status: 'done' });
    expect(await db.memo.count()).toBe(0);
    await db.memo.put({ key: 'k', value: { pdf: new Uint8Array([1, 2]) }, savedAt: 1 });
    expect((await db.memo.get('k'))?.value).toEqual({ pdf: new Uint8Array([1, 2]) });
    await db.texPackages.put({ name: 'curve', revision: 1, files: { 'tex/latex/curve/curve.cls': new Uint8Array([1]) }, maps: [], sha512: 'x', mirror: 'http://127.0.0.1/', fetchedAt: 2, bytes: 1 });
    expect((await db.texPackages.orderBy('fetchedAt').first())?.name).toBe('curve');
    db.close();
  });

  it('upgrades a version-4 database to version 6: jobs get search words and a status, runs a compound index and their history lines', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    // The schema exactly as version 4 shipped it.
    const v4 = new Dexie(name);
    v4.version(1).stores({ jobs: 'id, contentHash, capturedAt, url, board', resumes: 'id, updatedAt, name' });
    v4.version(2).stores({ jobs: 'id, contentHash, capturedAt, url, board, status', runs: 'id, startedAt, status, jobId, resumeId, cacheKey' });
    v4.version(3).stores({ texPackages: 'name, fetchedAt' });
    v4.version(4).stores({ memo: 'key, savedAt' });
    await v4.table('jobs').add({ id: 'j1', url: 'https://x.test/1', title: 'Senior Backend Engineer', company: 'Zürich Insurance', location: null, capturedAt: 1, contentHash: 'h' });
    await v4.table('runs').bulkAdd([
      { id: 'r-old', jobId: 'j1', resumeId: 'm', status: 'done', startedAt: 10, heartbeatAt: 10, provider: 'offline', model: null, progress: [] },
      { id: 'r-new', jobId: 'j1', resumeId: 'm', status: 'failed', startedAt: 20, heartbeatAt: 20, provider: 'offline', model: null, progress: [] },
    ]);
    v4.close();

    const db = new BespokeDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    const job = await db.jobs.get('j1');
    expect(job).toMatchObject({ title: 'Senior Backend Engineer', status: 'saved' });
    expect(job?.words).toEqual(expect.arrayContaining(['senior', 'backend', 'engineer', 'zurich', 'insurance']));
    expect(await db.jobs.where('words').startsWith('zur').primaryKeys()).toEqual(['j1']);
    expect(await db.runs.where('[jobId+startedAt]').between(['j1', Dexie.minKey], ['j1', Dexie.maxKey]).primaryKeys()).toEqual(['r-old', 'r-new']);
    // The history list's lines, built from what was stored.
    expect(await db.runIndex.orderBy('startedAt').reverse().toArray()).toMatchObject([
      { id: 'r-new', status: 'failed', title: 'Senior Backend Engineer', company: 'Zürich Insurance', applicationStatus: 'saved' },
      { id: 'r-old', status: 'done' },
    ]);
    db.close();
  });

  it('upgrades a version-6 database to version 7: resumes, runs and history kept, an empty compiles table added', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    // The schema exactly as version 6 shipped it.
    const v6 = new Dexie(name);
    v6.version(1).stores({ jobs: 'id, contentHash, capturedAt, url, board', resumes: 'id, updatedAt, name' });
    v6.version(2).stores({ jobs: 'id, contentHash, capturedAt, url, board, status', runs: 'id, startedAt, status, jobId, resumeId, cacheKey' });
    v6.version(3).stores({ texPackages: 'name, fetchedAt' });
    v6.version(4).stores({ memo: 'key, savedAt' });
    v6.version(6).stores({
      jobs: 'id, contentHash, capturedAt, url, board, status, *words',
      runs: 'id, startedAt, status, jobId, resumeId, cacheKey, [jobId+startedAt]',
      runIndex: 'id, startedAt, jobId',
    });
    await v6.table('resumes').add({ id: 'r1', name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'x' }], createdAt: 1, updatedAt: 5, isDefault: true });
    await v6.table('runs').add({ id: 'run1', jobId: 'j1', resumeId: 'r1', status: 'done', startedAt: 1, heartbeatAt: 1, provider: 'offline', model: null, progress: [] });
    await v6.table('runIndex').add({ id: 'run1', jobId: 'j1', startedAt: 1, status: 'done' });
    v6.close();

    const db = new BespokeDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.resumes.get('r1')).toMatchObject({ name: 'CV', updatedAt: 5, isDefault: true });
    expect(await db.runs.get('run1')).toMatchObject({ status: 'done' });
    expect(await db.runIndex.count()).toBe(1);
    // No master is a draft until it fails to compile again.
    expect(await db.compiles.count()).toBe(0);
    await db.compiles.put({ resumeId: 'r1', ok: false, at: 9, resumeUpdatedAt: 5, reason: 'r', next: 'n' });
    expect(await db.compiles.get('r1')).toMatchObject({ ok: false, reason: 'r' });
    db.close();
  });

  it('keeps search words current on every write of a job (add, edit, bulk import)', async () => {
    const name = `hooks-${crypto.randomUUID()}`;
    names.push(name);
    const db = new BespokeDatabase(name);
    await db.jobs.add({ id: 'a', url: 'u', board: 'generic', source: 'paste', title: 'Data Engineer', company: 'Acme', location: null, description: 'x', capturedAt: 1, contentHash: 'h' } as never);
    expect((await db.jobs.get('a'))?.words).toEqual(['data', 'engineer', 'acme']);
    await db.jobs.update('a', { company: 'Globex' });
    expect((await db.jobs.get('a'))?.words).toEqual(['data', 'engineer', 'globex']);
    await db.jobs.bulkPut([{ id: 'b', url: 'u', title: 'Designer', company: null, location: 'Paris', capturedAt: 2, contentHash: 'h2' } as never]);
    expect(await db.jobs.where('words').startsWith('par').primaryKeys()).toEqual(['b']);
    expect((await db.jobs.get('b'))?.status).toBe('saved');
    db.close();
  });
});
