/**
 * Which of a project's own source files a main file can reach: its class, the local packages it
 * loads, the files it inputs, and so on transitively. Engine choice reads only these, so a
 * template the person keeps beside their resume but never loads (an unused `awesome-cv.cls` next
 * to a pdfLaTeX `cv.tex`) does not send the resume to XeLaTeX.
 *
 * A reference names a file by path without extension (`sections/work`, `cls/resume`); kpathsea
 * finds it relative to the main file's folder or the project root, so a project file matches when
 * its path, with or without extension, ends with the reference. When an `\input` argument is built
 * by a macro (`\input{\sectiondir/work}`) its target cannot be known here: then every `.tex` of the
 * project counts as reachable (classes and packages are always named literally).
 */

/** Commands whose braced argument is a comma list of packages (.sty) or one class (.cls). */
const PACKAGE_LOADS = /\\(usepackage|RequirePackage|RequirePackageWithOptions)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g;
const CLASS_LOADS = /\\(documentclass|LoadClass|LoadClassWithOptions)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g;
/** `\input{x}`, `\include{x}`, `\subfile{x}`, `\InputIfFileExists{x}` (`\includeonly` is no load). */
const INPUTS = /\\(input|include|subfile|InputIfFileExists)\s*\{([^}]*)\}/g;
/** `\input x` (TeX's own syntax, no braces). */
const BARE_INPUT = /\\input\s+([^\s{}\\%]+)/g;
/** `\import{dir/}{file}` and `\subimport{dir/}{file}` (the import package). */
const IMPORTS = /\\(import|subimport|includefrom|inputfrom)\s*\{([^}]*)\}\s*\{([^}]*)\}/g;

/** TeX source with comments removed (a `%` not preceded by a backslash starts one). */
export function withoutComments(text: string): string {
  return text.replace(/(^|[^\\])%.*$/gm, '$1');
}

/** A project file's content as text. */
export function asText(content: string | Uint8Array | undefined): string {
  return typeof content === 'string' ? content : content ? new TextDecoder().decode(content) : '';
}

interface References {
  /** Names with the extension a lookup adds (`awesome-cv.cls`, `sections/work`). */
  names: string[];
  /** An input whose name a macro builds. */
  dynamicInput: boolean;
}

function referencesOf(text: string): References {
  const source = withoutComments(text);
  const names: string[] = [];
  let dynamicInput = false;
  for (const m of source.matchAll(PACKAGE_LOADS)) for (const name of m[2]!.split(',')) if (name.trim()) names.push(`${name.trim()}.sty`);
  for (const m of source.matchAll(CLASS_LOADS)) if (m[2]!.trim()) names.push(`${m[2]!.trim()}.cls`);
  const addInput = (name: string) => {
    const trimmed = name.trim().replace(/^\.\//, '');
    if (!trimmed) return;
    if (trimmed.includes('\\') || trimmed.includes('#')) dynamicInput = true;
    else names.push(trimmed);
  };
  for (const m of source.matchAll(IMPORTS)) addInput(`${m[2]!.trim().replace(/\/?$/, '/')}${m[3]!}`);
  for (const m of source.matchAll(INPUTS)) addInput(m[2]!);
  for (const m of source.matchAll(BARE_INPUT)) addInput(m[1]!);
  return { names, dynamicInput };
}

/** Does project file `path` answer reference `name` (which may lack the `.tex` TeX adds)? */
function answers(path: string, name: string): boolean {
  const normalised = name.replace(/^(\.\.\/)+/, '');
  const candidates = /\.[A-Za-z]{1,4}$/.test(normalised) ? [normalised, `${normalised}.tex`] : [`${normalised}.tex`];
  return candidates.some((candidate) => path === candidate || path.endsWith(`/${candidate}`));
}

const SOURCE_FILE = /\.(cls|sty|tex|ltx|def|cfg|clo)$/i;

/** The project's source files (`.cls .sty .tex …`) reachable from `mainFile`, the main file first. */
export function reachableSourceFiles(mainFile: string, files: Record<string, string | Uint8Array>): string[] {
  const sources = Object.keys(files).filter((path) => SOURCE_FILE.test(path));
  const reached = new Set<string>([mainFile]);
  const queue = [mainFile];
  let dynamicInput = false;
  while (queue.length) {
    const refs = referencesOf(asText(files[queue.shift()!]));
    dynamicInput ||= refs.dynamicInput;
    for (const name of refs.names) {
      for (const path of sources) {
        if (reached.has(path) || !answers(path, name)) continue;
        reached.add(path);
        queue.push(path);
      }
    }
    if (!queue.length && dynamicInput) {
      for (const path of sources) {
        if (reached.has(path) || !/\.tex$/i.test(path)) continue;
        reached.add(path);
        queue.push(path);
      }
    }
  }
  return [...reached];
}
