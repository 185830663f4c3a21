import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedJob } from '@/lib/jobs/types';
import { BespokeDatabase } from './database';
import { MAX_DESCRIPTION_CHARS, recentJobs, saveCapturedJob, updateJob } from './jobs';

function job(overrides: Partial<ExtractedJob> = {}): ExtractedJob {
  return {
    url: 'https://boards.greenhouse.io/acme/jobs/1',
    board: 'greenhouse',
    source: 'jsonld',
    title: 'Backend Engineer',
    company: 'Acme',
    location: 'Berlin',
    description: 'Build APIs in Go and PostgreSQL.',
    warnings: [],
    ...overrides,
  };
}

let db: BespokeDatabase;
beforeEach(() => {
  db = new BespokeDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveCapturedJob', () => {
  it('stores every field of the posting', async () => {
    const id = await saveCapturedJob(db, job({ salary: '€80k' }), 1000);
    const stored = await db.jobs.get(id);
    expect(stored).toMatchObject({ title: 'Backend Engineer', company: 'Acme', salary: '€80k', capturedAt: 1000 });
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps one record when the same posting is captured twice, refreshing its time', async () => {
    const first = await saveCapturedJob(db, job(), 1000);
    const second = await saveCapturedJob(db, job(), 2000);
    expect(second).toBe(first);
    expect(await db.jobs.count()).toBe(1);
    expect((await db.jobs.get(first))?.capturedAt).toBe(2000);
  });

  it('stores a changed posting at the same URL as a new record', async () => {
    await saveCapturedJob(db, job(), 1000);
    await saveCapturedJob(db, job({ description: 'Now also Kubernetes.' }), 2000);
    expect(await db.jobs.count()).toBe(2);
    expect((await recentJobs(db))[0].description).toBe('Now also Kubernetes.');
  });

  it('capturing a posting the user edited finds the edited record, keeping the edits', async () => {
    const id = await saveCapturedJob(db, job(), 1000);
    await updateJob(db, id, { location: 'Berlin (hybrid)' }, 1500);
    expect(await saveCapturedJob(db, job(), 2000)).toBe(id);
    expect(await db.jobs.count()).toBe(1);
    expect(await db.jobs.get(id)).toMatchObject({ location: 'Berlin (hybrid)', capturedAt: 2000 });
  });

  it('refuses a description too large to be a posting, storing nothing', async () => {
    await expect(saveCapturedJob(db, job({ description: 'x'.repeat(MAX_DESCRIPTION_CHARS + 1) }))).rejects.toThrow(/refused/);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('updateJob', () => {
  it('applies edits and re-hashes the content', async () => {
    const id = await saveCapturedJob(db, job());
    const before = (await db.jobs.get(id))!.contentHash;
    await updateJob(db, id, { title: 'Senior Backend Engineer' }, 5);
    const after = await db.jobs.get(id);
    expect(after).toMatchObject({ title: 'Senior Backend Engineer', editedAt: 5, company: 'Acme' });
    expect(after!.contentHash).not.toBe(before);
  });

  it('says so when the job is gone', async () => {
    await expect(updateJob(db, 'missing', { title: 'x' })).rejects.toThrow(/no longer stored/);
  });
});
