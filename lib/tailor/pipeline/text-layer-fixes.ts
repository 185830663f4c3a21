import type { CompileResult, ProjectFileContent } from '@/lib/tex/types';
import type { TextLayerFixPlan } from '../text-layer';

/**
 * Compiles of the tailored copy with the text-layer fixes (once planned; never the master's).
 * Fixes must never cost a PDF: when the copy compiles without them and not with them, they
 * are dropped for the rest of the run, with a note saying why.
 */
export function fixingCompiler(compileFiles: (files: Record<string, ProjectFileContent>) => Promise<CompileResult>, projectText: (path: string) => string) {
  let plan: TextLayerFixPlan | null = null;
  const notes: string[] = [];
  const withFixes = (files: Record<string, string>): Record<string, string> =>
    (plan ? { ...files, [plan.file]: plan.apply(files[plan.file] ?? projectText(plan.file)) } : files);
  return {
    notes,
    get plan() { return plan; },
    set plan(p: TextLayerFixPlan | null) { plan = p; },
    withFixes,
    async compile(files: Record<string, string>): Promise<CompileResult> {
      if (!plan) return compileFiles(files);
      const r = await compileFiles({ ...plan.files, ...withFixes(files) });
      if (r.ok) return r;
      const plain = await compileFiles(files);
      if (plain.ok) { plan = null; notes.push(`The text-layer fixes broke the compile (${r.errors[0]?.message ?? 'error'}); the PDF was made without them.`); }
      return plain;
    },
  };
}
