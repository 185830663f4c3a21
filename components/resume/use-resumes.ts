import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { lastCompiles } from '@/lib/db/compiles';
import { getDatabase } from '@/lib/db/database';
import { addResume, addResumeFiles, deleteResume, listResumes, renameResume, replaceResumeFiles, setDefaultResume, setMainFile } from '@/lib/db/resumes';
import { importResumeProject, readProjectFiles, type IncomingFile } from '@/lib/resumes/import-project';
import { expandZips, isZipFile } from '@/lib/resumes/unzip-project';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';

export function useResumes() {
  return useLiveQuery(() => listResumes(getDatabase()), []);
}

/** Every master's last compile, by resume id, live (a draft appears or clears as compiles end). */
export function useLastCompiles() {
  return useLiveQuery(() => lastCompiles(getDatabase()), []);
}

/** Reads picked files (a folder upload keeps `webkitRelativePath`) into bytes, with any `.zip` expanded. */
async function readPicked(files: FileList | File[]): Promise<IncomingFile[]> {
  const picked = await Promise.all(
    Array.from(files).map(async (file) => ({
      name: file.name,
      path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  return expandZips(picked);
}

/** A lone `.zip` names the resume (`awesome-cv.zip` → "awesome-cv"); otherwise the main file does. */
function nameFromPick(files: FileList | File[]): string | undefined {
  const list = Array.from(files);
  return list.length === 1 && isZipFile(list[0].name) ? list[0].name.replace(/\.zip$/i, '') : undefined;
}

export function useImportResume() {
  return useMutation({
    mutationFn: async (files: FileList | File[]) => addResume(getDatabase(), importResumeProject(await readPicked(files), nameFromPick(files))),
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
      mutationFn: async ({ id, files }: { id: string; files: File[] }) => replaceResumeFiles(db, id, importResumeProject(await readPicked(files))),
    }),
    /** Files the project lacked (a .sty, an image), added beside the others. */
    addFiles: useMutation({
      mutationFn: async ({ id, files }: { id: string; files: File[] }) => addResumeFiles(db, id, readProjectFiles(await readPicked(files))),
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
