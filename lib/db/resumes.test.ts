import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';
import { addResume, defaultResume, deleteResume, listResumes, setDefaultResume, setMainFile } from './resumes';

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
});
