import type { CompileOutcome } from '@/lib/db/compiles';
import { compileVerdict, errorPlace } from '@/lib/tex/compile-verdict';
import type { CompileResult } from '@/lib/tex/types';

const MAX_REASON = 160;

function clip(text: string): string {
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

function list(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/**
 * A compile in two lines for the resume list: why a master did not compile and the one thing
 * to do about it, in the order the compile view offers them (a package to fetch, a file to add,
 * then the first LaTeX error). A master that compiled has neither; one whose PDF was made
 * despite LaTeX errors (`withErrors`) has both, and stays usable.
 */
export function compileOutcome(result: CompileResult): CompileOutcome {
  if (result.ok) return { ok: true };
  const packages = (result.missingPackages ?? []).filter((m) => m.package && !m.metafontOnly);
  if (packages.length) {
    const names = [...new Set(packages.map((m) => m.package!))];
    return {
      ok: false,
      reason: clip(`Needs ${list(names)} from TeX Live (for ${list(packages.map((m) => m.file))}).`),
      next: `Open it and fetch ${names.length === 1 ? 'the package' : 'the packages'}, or add the ${packages.length === 1 ? 'file' : 'files'} yourself.`,
    };
  }
  const metafont = (result.missingPackages ?? []).filter((m) => m.metafontOnly);
  if (metafont.length) {
    return {
      ok: false,
      reason: clip(`Uses the METAFONT ${metafont.length === 1 ? 'font' : 'fonts'} ${list(metafont.map((m) => m.file))}, which METAFONT could not draw here (no outline in TeX Live).`),
      next: 'Load \\usepackage[T1]{fontenc} or \\usepackage{lmodern}, or another font with Type 1 outlines.',
    };
  }
  if (result.missingFiles.length) {
    return {
      ok: false,
      reason: clip(`Missing ${result.missingFiles.length === 1 ? 'file' : 'files'}: ${list(result.missingFiles)}.`),
      next: `Add ${result.missingFiles.length === 1 ? 'the file' : 'the files'} to this resume; it compiles again by itself.`,
    };
  }
  const first = result.errors[0];
  if (first) {
    const place = errorPlace(first);
    const reason = clip(`${place ? `${place} ` : ''}${first.message}`);
    const line = first.file && first.line ? `line ${first.line} of ${first.file}` : null;
    if (compileVerdict(result) === 'with-errors') {
      return { ok: false, withErrors: true, reason, next: `Its PDF is made despite the error and can be tailored; fix ${line ?? 'the first error'} to clear it.` };
    }
    return { ok: false, reason, next: `Fix ${line ?? 'the first error'} in your project, then replace this resume's files.` };
  }
  return { ok: false, reason: 'LaTeX stopped without naming an error.', next: 'Open it, compile, and download the log to see where it stopped.' };
}
