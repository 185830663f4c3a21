import { errorIdentity, errorPlace } from '@/lib/tex/compile-verdict';
import type { CompileResult, TexError } from '@/lib/tex/types';

/** What a run keeps of the master's compile (it made a usable PDF): the PDF, its aux files, its own errors. */
export function usableMaster(r: CompileResult): { pages: number; pdf: Uint8Array; auxFiles?: Record<string, Uint8Array>; errors?: TexError[] } {
  return {
    pages: r.pages,
    pdf: r.pdf!,
    ...(r.auxFiles ? { auxFiles: r.auxFiles } : {}),
    ...(r.ok ? {} : { errors: r.errors }),
  };
}

/**
 * The run's warning for a master that compiles with errors: which, and what that means for the
 * tailored copy. One line per distinct error would drown the run; the first and a count say it.
 */
export function mastersErrorsNote(errors: readonly TexError[]): string[] {
  const distinct = [...new Map(errors.map((e) => [errorIdentity(e), e])).values()];
  const first = distinct[0];
  if (!first) return [];
  const place = errorPlace(first);
  const where = place ? `${place}: ` : '';
  const more = distinct.length > 1 ? ` and ${distinct.length - 1} more` : '';
  return [
    `The master compiles with ${distinct.length === 1 ? 'a LaTeX error' : 'LaTeX errors'} (${where}${first.message.split('\n')[0]}${more}); ` +
    'its PDF is made despite them, as Overleaf shows it. The tailored copy may have the same ones, never a new one: an edit that adds an error is dropped.',
  ];
}
