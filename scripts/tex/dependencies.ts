// The TeX Live packages a package's own files load: `\RequirePackage`, `\usepackage`,
// `\LoadClass`, `\input`, `\usetikzlibrary` and `\usepgflibrary` read statically from its
// runtime files, names mapped to packages by file name. Conditional loads (a branch for XeTeX)
// count too: shipping a little more beats a resume that stops at a missing file.
import type { TlPackage } from '../../lib/tex/tlpdb';

const LOADERS = /\\(?:RequirePackage|usepackage|RequirePackageWithOptions)\s*(?:\[[^\]]*\])?\s*\{([^}]+)\}/g;
const CLASSES = /\\(?:LoadClass|LoadClassWithOptions)\s*(?:\[[^\]]*\])?\s*\{([^}]+)\}/g;
const INPUTS = /\\input\s*\{?\s*([A-Za-z0-9._-]+)/g;
const LIBRARIES = /\\use(tikz|pgf)library\s*(?:\[[^\]]*\])?\s*\{([^}]+)\}/g;

/** File names (as kpathsea would look them up) that a TeX source loads. */
export function loadedFileNames(source: string): string[] {
  const live = source.replace(/(^|[^\\])%.*$/gm, '$1');
  const names = new Set<string>();
  const split = (list: string): string[] => list.split(',').map((n) => n.trim()).filter((n) => /^[A-Za-z0-9._-]+$/.test(n));
  for (const m of live.matchAll(LOADERS)) for (const n of split(m[1]!)) names.add(`${n}.sty`);
  for (const m of live.matchAll(CLASSES)) for (const n of split(m[1]!)) names.add(`${n}.cls`);
  for (const m of live.matchAll(INPUTS)) names.add(m[1]!.includes('.') ? m[1]! : `${m[1]!}.tex`);
  for (const m of live.matchAll(LIBRARIES)) for (const n of split(m[2]!)) names.add(`${m[1] === 'tikz' ? 'tikzlibrary' : 'pgflibrary'}${n}.code.tex`);
  return [...names];
}

/**
 * Adds to `chosen` every package that the chosen ones load, until nothing new is found.
 * `read` gives a runtime file's text (or null when the tree lacks it). With `from`, only what
 * those packages load is followed (the rest of `chosen` counts as closed already).
 */
export function closeOverLoads(
  db: Map<string, TlPackage>,
  byFile: Map<string, string>,
  chosen: Set<string>,
  read: (path: string) => string | null,
  from?: string[],
): string[] {
  const added: string[] = [];
  const queue = from ? [...from] : [...chosen];
  while (queue.length) {
    const pkg = db.get(queue.pop()!);
    if (!pkg) continue;
    for (const path of pkg.runfiles) {
      if (!/\.(sty|cls|tex|def|cfg|clo|ldf)$/.test(path)) continue;
      const text = read(path);
      if (text === null) continue;
      for (const name of loadedFileNames(text)) {
        const dep = byFile.get(name);
        if (!dep || chosen.has(dep)) continue;
        chosen.add(dep);
        added.push(dep);
        queue.push(dep);
      }
    }
  }
  return added;
}
