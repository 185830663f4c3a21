import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { addResume, deleteResume, listResumes, setDefaultResume, setMainFile } from '@/lib/db/resumes';
import { importResumeProject, type IncomingFile } from '@/lib/resumes/import-project';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';

export function useResumes() {
  return useLiveQuery(() => listResumes(getDatabase()), []);
}

/** Reads picked files (a folder upload keeps `webkitRelativePath`) into bytes. */
async function readPicked(files: FileList | File[]): Promise<IncomingFile[]> {
  return Promise.all(
    Array.from(files).map(async (file) => ({
      path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

export function useImportResume() {
  return useMutation({
    mutationFn: async (files: FileList | File[]) => addResume(getDatabase(), importResumeProject(await readPicked(files))),
  });
}

export function useResumeActions() {
  const db = getDatabase();
  return {
    remove: useMutation({ mutationFn: (id: string) => deleteResume(db, id) }),
    makeDefault: useMutation({ mutationFn: (id: string) => setDefaultResume(db, id) }),
    chooseMain: useMutation({
      mutationFn: async ({ id, path }: { id: string; path: string }) => {
        const badName = mainFileNameProblem(path);
        if (badName) throw new Error(badName);
        return setMainFile(db, id, path);
      },
    }),
  };
}
