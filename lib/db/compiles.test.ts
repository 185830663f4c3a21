import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftOf, lastCompiles, recordCompile } from './compiles';
import { BespokeDatabase } from './database';
import { addResume, addResumeFiles, deleteResume, renameResume } from './resumes';

let db: BespokeDatabase;
beforeEach(() => {
  db = new BespokeDatabase(`compiles-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const FAILED = { ok: false, reason: '`cv.tex:3` Undefined control sequence \\Pyhton.', next: 'Fix line 3 of cv.tex, then replace the files.' };

describe('the last compile of each master (drafts)', () => {
  it('a failed compile makes the master a draft, with its reason and next step; a good one clears it', async () => {
    const id = await addResume(db, { name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'x' }] }, 100);
    const resume = (await db.resumes.get(id))!;
    await recordCompile(db, resume, FAILED, 200);
    expect(draftOf(resume, (await lastCompiles(db)).get(id))).toMatchObject({ at: 200, ...FAILED });
    await recordCompile(db, resume, { ok: true }, 300);
    const last = (await lastCompiles(db)).get(id);
    expect(last).toEqual({ resumeId: id, ok: true, at: 300, resumeUpdatedAt: 100 });
    expect(draftOf(resume, last)).toBeUndefined();
  });

  it('a PDF made despite errors is stored as such (marked, usable); a clean compile clears the mark', async () => {
    const id = await addResume(db, { name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'x' }] }, 100);
    const resume = (await db.resumes.get(id))!;
    await recordCompile(db, resume, { ...FAILED, withErrors: true }, 200);
    expect(draftOf(resume, (await lastCompiles(db)).get(id))).toMatchObject({ withErrors: true, reason: FAILED.reason });
    await recordCompile(db, resume, FAILED, 250);
    expect((await lastCompiles(db)).get(id)!.withErrors).toBeUndefined();
    await recordCompile(db, resume, { ok: true, withErrors: true }, 300);
    expect((await lastCompiles(db)).get(id)).toEqual({ resumeId: id, ok: true, at: 300, resumeUpdatedAt: 100 });
  });

  it('a result for older files says nothing about new ones; a rename keeps the draft', async () => {
    const id = await addResume(db, { name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'x' }] }, 100);
    const before = (await db.resumes.get(id))!;
    await recordCompile(db, before, FAILED, 200);
    await renameResume(db, id, 'Jordan CV');
    expect(draftOf((await db.resumes.get(id))!, (await lastCompiles(db)).get(id))).toBeDefined();
    await addResumeFiles(db, id, [{ path: 'fix.sty', content: '%' }], 400);
    const after = (await db.resumes.get(id))!;
    expect(draftOf(after, (await lastCompiles(db)).get(id))).toBeUndefined();
    // A compile of the old files that finishes late is not stored over the new files.
    await recordCompile(db, before, FAILED, 500);
    expect((await lastCompiles(db)).get(id)?.at).toBe(200);
  });

  it('deleting a master deletes its last compile; a compile finishing after the delete is dropped', async () => {
    const id = await addResume(db, { name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'x' }] }, 100);
    const resume = (await db.resumes.get(id))!;
    await recordCompile(db, resume, FAILED, 200);
    await deleteResume(db, id);
    expect(await db.compiles.count()).toBe(0);
    await recordCompile(db, resume, FAILED, 300);
    expect(await db.compiles.count()).toBe(0);
  });
});
