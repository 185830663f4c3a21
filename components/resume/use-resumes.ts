import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { lastCompiles } from '@/lib/db/compiles';
import { getDatabase } from '@/lib/db/database';
import { addResume, addResumeFiles, deleteResume, listResumes, renameResume, replaceResumeFiles, setDefaultResume, setMainFile } from '@/lib/db/resumes';
import { importResumeProject, readProjectFiles } from '@/lib/resumes/import-project';
import type { ReadPick } from '@/lib/resumes/pick-project';
import { isZipFile, readPickedFiles } from '@/lib/resumes/unzip-project';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';

export function useResumes() {
  return useLiveQuery(() => listResumes(getDatabase()), []);
}

/** Every master's last compile, by resume id, live (a draft appears or clears as compiles end). */
export function useLastCompiles() {
  return useLiveQuery(() => lastCompiles(getDatabase()), []);
}

/**
 * Reads picked files (a folder upload keeps `webkitRelativePath`), any `.zip` expanded, within
 * the import limits: a folder over them keeps only what TeX can read (pick-project.ts).
 */
function readPicked(files: FileList | File[]): Promise<ReadPick> {
  return readPickedFiles(Array.from(files).map((file) => ({
    name: file.name,
    path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  })));
}

/** A lone `.zip` names the resume (`awesome-cv.zip` → "awesome-cv"); otherwise the main file does. */
function nameFromPick(files: FileList | File[]): string | undefined {
  const list = Array.from(files);
  return list.length === 1 && isZipFile(list[0].name) ? list[0].name.replace(/\.zip$/i, '') : undefined;
}

export function useImportResume() {
  return useMutation({
    mutationFn: async (files: FileList | File[]) => {
      const pick = await readPicked(files);
      const id = await addResume(getDatabase(), importResumeProject(pick.files, nameFromPick(files)));
      return { id, leftOut: pick.leftOut };
    },
  });
}

export function useResumeActions() {
  const db = getDatabase();
  return {
    remove: useMutation({ mutationFn: (id: string) => deleteResume(db, id) }),
    makeDefault: useMutation({ mutationFn: (id: string) => setDefaultResume(db, id) }),
    rename: useMutation({ mutationFn: ({ id, name }: { id: string; name: string }) => renameResume(db, id, name) }),
    /** A new version of the whole project (files, folder or .zip) under the same resume. */
    replace: useMutation({
      mutationFn: async ({ id, files }: { id: string; files: File[] }) => {
        const pick = await readPicked(files);
        await replaceResumeFiles(db, id, importResumeProject(pick.files));
        return { leftOut: pick.leftOut };
      },
    }),
    /** Files the project lacked (a .sty, an image), added beside the others. */
    addFiles: useMutation({
      mutationFn: async ({ id, files }: { id: string; files: File[] }) => addResumeFiles(db, id, readProjectFiles((await readPicked(files)).files)),
    }),
    chooseMain: useMutation({
      mutationFn: async ({ id, path }: { id: string; path: string }) => {
        const badName = mainFileNameProblem(path);
        if (badName) throw new Error(badName);
        return setMainFile(db, id, path);
      },
    }),
  };
}
