import { useMutation } from '@tanstack/react-query';
import { recordCompile } from '@/lib/db/compiles';
import { getDatabase } from '@/lib/db/database';
import { compileOutcome } from '@/lib/resumes/compile-outcome';
import { createBrowserTexEngine } from '@/lib/tex/browser';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import type { ResumeRecord } from '@/lib/db/records';
import type { LocalFont, TexCompiler } from '@/lib/tex/types';
import { texmfAddition } from '@/lib/tex-packages/store';
import { withFetchedPackages } from '@/lib/tex-packages/with-fetched-packages';

let engine: TexCompiler | undefined;

/**
 * One TeX engine (a Worker) per extension page, started on first use. Every compile from a
 * page passes the main-file name check first (a resume stored before names were checked, or
 * from an old backup, must not hand pdfTeX an option such as `-cnf-line=…` as its file name),
 * and gets the TeX Live packages the user fetched on demand.
 */
export function getPageTexEngine(): TexCompiler {
  if (!engine) {
    const inner = withFetchedPackages(createBrowserTexEngine(), () => texmfAddition(getDatabase()));
    engine = {
      compile(request, options) {
        const badName = mainFileNameProblem(request.mainFile);
        return badName ? Promise.reject(new Error(badName)) : inner.compile(request, options);
      },
    };
  }
  return engine;
}

/** A master to compile, with the installed fonts the user lent to this panel's compiles (installed-fonts.tsx). */
export interface CompileMaster { resume: ResumeRecord; localFonts?: LocalFont[] }

/**
 * Compiles a master resume as it is stored (the master itself is never changed) and stores how
 * it went: a master whose last compile failed is shown as a draft in the resume list.
 */
export function useCompileResume() {
  return useMutation({
    mutationFn: async ({ resume, localFonts }: CompileMaster) => {
      const result = await getPageTexEngine().compile({
        mainFile: resume.mainFile,
        files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])),
        engine: resume.engine,
        timeoutMs: 60_000,
        ...(localFonts?.length ? { localFonts } : {}),
      });
      // The PDF or the errors are shown either way: a draft badge that cannot be stored is logged.
      await recordCompile(getDatabase(), resume, compileOutcome(result)).catch((err: unknown) => console.warn('[bespoke] could not store the compile result:', String(err)));
      return result;
    },
  });
}
