import { useMutation } from '@tanstack/react-query';
import { getDatabase } from '@/lib/db/database';
import { createBrowserTexEngine } from '@/lib/tex/browser';
import type { ResumeRecord } from '@/lib/db/records';
import type { TexCompiler } from '@/lib/tex/types';
import { texmfAddition } from '@/lib/tex-packages/store';
import { withFetchedPackages } from '@/lib/tex-packages/with-fetched-packages';

let engine: TexCompiler | undefined;

/**
 * One TeX engine (a Worker) per extension page, started on first use; every compile gets the
 * TeX Live packages the user fetched on demand.
 */
export function getPageTexEngine(): TexCompiler {
  engine ??= withFetchedPackages(createBrowserTexEngine(), () => texmfAddition(getDatabase()));
  return engine;
}

/** Compiles a master resume as it is stored (the master itself is never changed). */
export function useCompileResume() {
  return useMutation({
    mutationFn: (resume: ResumeRecord) =>
      getPageTexEngine().compile({
        mainFile: resume.mainFile,
        files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])),
        timeoutMs: 60_000,
      }),
  });
}
