/**
 * Which main-file names pdfTeX reads as a plain file name. The name reaches pdfTeX on its
 * command line and as its first input line, so `-cnf-line=…` would be read as an option and
 * `%`, `~`, `"`, `#`, spaces or `\` change how TeX reads the name (they did not compile, or
 * worse). Only plain ASCII names are provably safe: letters, digits, `_`, `-`, `+`, `.`, not
 * starting with `-` or `.`, in folders named the same way.
 */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

/** Null when `path` is a safe main-file name; otherwise the reason, for the person to act on. */
export function mainFileNameProblem(path: string): string | null {
  const segments = path.split('/');
  if (segments.some((s) => !SEGMENT.test(s)) || !/\.(tex|ltx|xtx)$/i.test(path)) {
    return `The main file "${path}" needs a plain name: letters, digits, "_", "-", "+" and "." only, not starting with "-" or "." and ending in .tex (rename it, e.g. to resume.tex).`;
  }
  return null;
}
