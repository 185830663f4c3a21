import type { CompileResult, TexError } from './types';

/**
 * How a compile ended for the person who asked for it:
 * - `clean`: a PDF and no error;
 * - `with-errors`: LaTeX reported errors but went on (nonstopmode) and made a PDF, with every file
 *   it asked for present. Overleaf shows that PDF beside the error list, and many real masters
 *   live in this state for years (an error one TeX Live release raises and another does not,
 *   an undefined macro whose text is dropped); it is usable, and said to be imperfect;
 * - `failed`: no PDF, or a file missing (the PDF of a document without its class or an image is
 *   not the person's resume: the next step is to fetch or add the file).
 *
 * A missing bibliography database (`.bib`), or a bibliography style of the person's own (`.bst`
 * that TeX Live does not have), is the exception: the PDF is the whole resume but for its
 * bibliography (TeX itself never opens either; native pdflatex and Overleaf make the same PDF,
 * with "Citation undefined" warnings), so it is made despite errors, the file still named.
 */
export type CompileVerdict = 'clean' | 'with-errors' | 'failed';

type VerdictInput = Pick<CompileResult, 'ok' | 'pdf' | 'pages' | 'missingFiles' | 'missingPackages'>;

/**
 * Whether every missing file is the person's own bibliography: a database (.bib), or a style
 * (.bst) that no TeX Live package has (their own, never committed). A style TeX Live has is a
 * file to fetch, so its absence still fails the compile.
 */
const onlyWantsBibliography = ({ missingFiles, missingPackages }: VerdictInput): boolean => missingFiles.every((f) =>
  /\.bib$/i.test(f) || (/\.bst$/i.test(f) && !!missingPackages?.some((m) => m.file === f && m.package === null)));

export function compileVerdict(result: VerdictInput): CompileVerdict {
  if (result.ok && result.pdf) return 'clean';
  return result.pdf !== null && result.pages > 0 && onlyWantsBibliography(result) ? 'with-errors' : 'failed';
}

/** A compile that left a PDF the person can use (clean, or made despite errors). */
export function madeUsablePdf(result: VerdictInput): boolean {
  return compileVerdict(result) !== 'failed';
}

/**
 * An error as the same fault in another compile of an edited copy: its file and first line of
 * message, without the line number (an edit above it moves it).
 */
export function errorIdentity(error: TexError): string {
  return `${error.file ?? ''}\u0000${error.message.split('\n')[0]}`;
}

/** Where an error is, as a person reads it (`sections/work.tex:3`), or null when TeX named no file. */
export function errorPlace(error: TexError): string | null {
  return error.file ? `${error.file}${error.line ? `:${error.line}` : ''}` : null;
}

/** How many times each error (by `errorIdentity`) a compile reported. */
export function errorCounts(errors: readonly TexError[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of errors.map(errorIdentity)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * A compile of an edited copy judged against the original's own errors (`errorCounts` of the
 * original): when it made a usable PDF and reports no error the original does not, nor any more
 * often (a second "Missing $ inserted." in the same file is a new fault), the edits broke nothing
 * and it counts as compiled (`ok`), with those errors kept for display. Any new error, a missing
 * file or no PDF leaves it failed, so bisection still finds the edit that broke it.
 */
export function toleratingKnownErrors(result: CompileResult, known: ReadonlyMap<string, number>): CompileResult {
  if (result.ok || known.size === 0 || compileVerdict(result) !== 'with-errors') return result;
  const within = [...errorCounts(result.errors)].every(([id, n]) => n <= (known.get(id) ?? 0));
  return within ? { ...result, ok: true } : result;
}
