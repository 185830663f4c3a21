import type { BespokeDatabase } from './database';
import type { ResumeFile, ResumeRecord } from './records';
import type { TexEngineName } from '@/lib/tex/engine-choice';

/** Stores an imported master resume; the first one becomes the default. */
export async function addResume(db: BespokeDatabase, project: { name: string; mainFile: string; files: ResumeFile[] }, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction('rw', db.resumes, async () => {
    const isDefault = (await db.resumes.count()) === 0;
    await db.resumes.add({ id, ...project, createdAt: now, updatedAt: now, isDefault });
  });
  return id;
}

/** Master resumes, most recently changed first. */
export function listResumes(db: BespokeDatabase): Promise<ResumeRecord[]> {
  return db.resumes.orderBy('updatedAt').reverse().toArray();
}

/** Makes one resume the default used for tailoring (exactly one is default). */
export async function setDefaultResume(db: BespokeDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.resumes, async () => {
    if (!(await db.resumes.get(id))) throw new Error('That resume is no longer stored.');
    await db.resumes.toCollection().modify((r) => {
      r.isDefault = r.id === id;
    });
  });
}

/** Changes which file of the project is compiled. */
export async function setMainFile(db: BespokeDatabase, id: string, mainFile: string, now = Date.now()): Promise<void> {
  const resume = await db.resumes.get(id);
  if (!resume) throw new Error('That resume is no longer stored.');
  if (!resume.files.some((f) => f.path === mainFile)) throw new Error(`"${mainFile}" is not part of this resume.`);
  await db.resumes.update(id, { mainFile, updatedAt: now });
}

/** Renames a master resume (its runs refer to it by id, so they stay linked). */
export async function renameResume(db: BespokeDatabase, id: string, name: string): Promise<void> {
  const clean = name.trim();
  if (!clean) throw new Error('A resume needs a name.');
  // The date is left alone: a new name is no new version, and the list stays in its order.
  if (!(await db.resumes.update(id, { name: clean }))) throw new Error('That resume is no longer stored.');
}

/**
 * Replaces a master's files with a new import of the project, keeping its id, name, default
 * flag, engine and confirmed facts, so every run made from it stays linked. The main file the
 * person chose is kept when the new files still have it.
 */
export async function replaceResumeFiles(db: BespokeDatabase, id: string, project: { mainFile: string; files: ResumeFile[] }, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.resumes, async () => {
    const resume = await db.resumes.get(id);
    if (!resume) throw new Error('That resume is no longer stored.');
    const mainFile = project.files.some((f) => f.path === resume.mainFile) ? resume.mainFile : project.mainFile;
    await db.resumes.update(id, { files: project.files, mainFile, updatedAt: now });
  });
}

/**
 * Adds files to a master (a missing `.sty`, an image): a file with the same path is replaced,
 * the others are kept. Returns the paths added or replaced.
 */
export async function addResumeFiles(db: BespokeDatabase, id: string, files: ResumeFile[], now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.resumes, async () => {
    const resume = await db.resumes.get(id);
    if (!resume) throw new Error('That resume is no longer stored.');
    const incoming = new Set(files.map((f) => f.path));
    await db.resumes.update(id, { files: [...resume.files.filter((f) => !incoming.has(f.path)), ...files], updatedAt: now });
    return [...incoming];
  });
}

/** The engine a resume compiles with: pdfLaTeX, XeLaTeX, or `null` for automatic (the project decides). */
export async function setEngine(db: BespokeDatabase, id: string, engine: TexEngineName | null, now = Date.now()): Promise<void> {
  const resume = await db.resumes.get(id);
  if (!resume) throw new Error('That resume is no longer stored.');
  await db.resumes.update(id, { engine: engine ?? undefined, updatedAt: now });
}

/** Deletes a resume (and its last compile); when it was the default, the most recent remaining one takes over. */
export async function deleteResume(db: BespokeDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.resumes, db.compiles, async () => {
    const wasDefault = (await db.resumes.get(id))?.isDefault;
    await db.resumes.delete(id);
    await db.compiles.delete(id);
    if (wasDefault) {
      const next = await db.resumes.orderBy('updatedAt').last();
      if (next) await db.resumes.update(next.id, { isDefault: true });
    }
  });
}

/** The resume tailoring uses: the default, or the most recent one. */
export async function defaultResume(db: BespokeDatabase): Promise<ResumeRecord | undefined> {
  const all = await listResumes(db);
  return all.find((r) => r.isDefault) ?? all[0];
}
