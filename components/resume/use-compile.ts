import { useMutation } from '@tanstack/react-query';
import { createBrowserTexEngine } from '@/lib/tex/browser';
import type { ResumeRecord } from '@/lib/db/records';
import type { TexCompiler } from '@/lib/tex/types';

let engine: TexCompiler | undefined;

/** One TeX engine (a Worker) per extension page, started on first use. */
export function getPageTexEngine(): TexCompiler {
  engine ??= createBrowserTexEngine();
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
