import { useMutation } from '@tanstack/react-query';
import { createBrowserTexEngine } from '@/lib/tex/browser';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import type { ResumeRecord } from '@/lib/db/records';
import type { TexCompiler } from '@/lib/tex/types';

let engine: TexCompiler | undefined;

/**
 * One TeX engine (a Worker) per extension page, started on first use. Every compile from a
 * page passes the main-file name check first: a resume stored before names were checked (or
 * by an old backup) must not hand pdfTeX an option such as `-cnf-line=…` as its file name.
 */
export function getPageTexEngine(): TexCompiler {
  if (!engine) {
    const inner = createBrowserTexEngine();
    engine = {
      compile(request) {
        const badName = mainFileNameProblem(request.mainFile);
        return badName ? Promise.reject(new Error(badName)) : inner.compile(request);
      },
    };
  }
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
