import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';
import { addResume, addResumeFiles, defaultResume, deleteResume, listResumes, renameResume, replaceResumeFiles, setDefaultResume, setMainFile } from './resumes';
import { createRun } from '@/lib/runs/run-store';

let db: BespokeDatabase;
beforeEach(() => {
  db = new BespokeDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const project = (name: string) => ({
  name,
  mainFile: 'resume.tex',
  files: [
    { path: 'resume.tex', content: '\\documentclass{article}\\begin{document}x\\end{document}' },
    { path: 'alt.tex', content: '\\documentclass{article}\\begin{document}y\\end{document}' },
    { path: 'photo.png', content: new Uint8Array([137, 80, 78, 71]) },
  ],
});

describe('resume store', () => {
  it('keeps binary files as bytes through IndexedDB', async () => {
    const id = await addResume(db, project('A'));
    const stored = await db.resumes.get(id);
    expect(stored!.files[2].content).toBeInstanceOf(Uint8Array);
    expect(Array.from(stored!.files[2].content as Uint8Array)).toEqual([137, 80, 78, 71]);
  });

  it('makes the first resume the default and lets the user change it', async () => {
    const a = await addResume(db, project('A'), 1);
    const b = await addResume(db, project('B'), 2);
    expect((await defaultResume(db))!.id).toBe(a);
    await setDefaultResume(db, b);
    expect((await defaultResume(db))!.id).toBe(b);
    expect((await listResumes(db)).filter((r) => r.isDefault)).toHaveLength(1);
  });

  it('hands the default on when the default is deleted', async () => {
    const a = await addResume(db, project('A'), 1);
    const b = await addResume(db, project('B'), 2);
    await deleteResume(db, a);
    expect((await defaultResume(db))!.id).toBe(b);
    expect((await db.resumes.get(b))!.isDefault).toBe(true);
  });

  it('only accepts a main file that is part of the project', async () => {
    const id = await addResume(db, project('A'));
    await setMainFile(db, id, 'alt.tex');
    expect((await db.resumes.get(id))!.mainFile).toBe('alt.tex');
    await expect(setMainFile(db, id, 'missing.tex')).rejects.toThrow(/not part/);
  });

  it('renames a resume, refusing an empty name', async () => {
    const id = await addResume(db, project('A'), 1);
    await renameResume(db, id, '  Data roles  ');
    expect(await db.resumes.get(id)).toMatchObject({ name: 'Data roles', updatedAt: 1 });
    await expect(renameResume(db, id, '   ')).rejects.toThrow(/needs a name/);
    await expect(renameResume(db, 'gone', 'X')).rejects.toThrow(/no longer stored/);
  });

  it('replaces the files under the same id: runs stay linked, name/default/facts kept', async () => {
    const id = await addResume(db, project('A'), 1);
    await setMainFile(db, id, 'alt.tex');
    await db.resumes.update(id, { confirmedFacts: [{ id: 'f', text: 'Led 4', claims: ['led'], segmentId: 's', addedAt: 1 }] });
    const runId = await createRun(db, { jobId: 'job-1', resumeId: id, provider: 'offline', model: null });

    // The new files still have alt.tex: the person's choice of main file is kept.
    await replaceResumeFiles(db, id, { mainFile: 'resume.tex', files: [{ path: 'resume.tex', content: 'v2' }, { path: 'alt.tex', content: 'v2 alt' }] }, 9);
    let stored = (await db.resumes.get(id))!;
    expect(stored).toMatchObject({ name: 'A', isDefault: true, mainFile: 'alt.tex', updatedAt: 9 });
    expect(stored.files.map((f) => f.content)).toEqual(['v2', 'v2 alt']);
    expect(stored.confirmedFacts).toHaveLength(1);
    expect((await db.runs.get(runId))!.resumeId).toBe(id);

    // Without it, the new project's own main file.
    await replaceResumeFiles(db, id, { mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: 'v3' }] });
    stored = (await db.resumes.get(id))!;
    expect(stored.mainFile).toBe('cv.tex');
    expect(await db.resumes.count()).toBe(1);
  });

  it('adds files to a master, replacing one with the same path and keeping the rest', async () => {
    const id = await addResume(db, project('A'), 1);
    const added = await addResumeFiles(db, id, [{ path: 'photo.png', content: new Uint8Array([1]) }, { path: 'moderncv.cls', content: '%cls' }], 3);
    expect(added).toEqual(['photo.png', 'moderncv.cls']);
    const stored = (await db.resumes.get(id))!;
    expect(stored.files.map((f) => f.path)).toEqual(['resume.tex', 'alt.tex', 'photo.png', 'moderncv.cls']);
    expect(Array.from(stored.files[2].content as Uint8Array)).toEqual([1]);
    expect(stored.updatedAt).toBe(3);
  });
});
