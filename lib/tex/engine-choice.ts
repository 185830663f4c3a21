/**
 * Which TeX engine a project needs. pdfLaTeX is the default; a project goes to XeLaTeX when its
 * author said so (magic comment, `.xtx` main) or when it loads what only XeTeX/LuaTeX can run
 * (fontspec and friends, `\RequireXeTeX`). LuaLaTeX projects are compiled with XeLaTeX: Bespoke
 * has no LuaTeX, and fontspec templates written for LuaLaTeX usually run under XeLaTeX too.
 */
import { asText, reachableSourceFiles, withoutComments } from './reachable-files';

export type TexEngineName = 'pdflatex' | 'xelatex';

export interface EngineChoice {
  engine: TexEngineName;
  /** Plain words shown in the UI and recorded in runs, e.g. "loads fontspec (awesome-cv.cls)". */
  reason: string;
}

/** Packages that work only under XeTeX or LuaTeX. */
const UNICODE_ENGINE_PACKAGES = ['fontspec', 'unicode-math', 'polyglossia', 'xltxtra', 'xunicode', 'mathspec', 'xeCJK', 'xgreek', 'xepersian', 'bidi'];

const MAGIC = /^\s*%\s*!\s*TEX\s+(?:TS-)?program\s*=\s*([A-Za-z]+)/im;
const REQUIRE_XETEX = /\\RequireXeTeX\b/;
/** `\usepackage[...]{a,b}` / `\RequirePackage{...}` with the names they load. */
const LOADS = /\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g;

/** Conditionals that test the engine: a package loaded inside one is optional (AltaCV, moderncv). */
const ENGINE_IF = /^\\if(?:xetex|luatex|xetexorluatex|tutex|pdftex|pdf|XeTeX|LuaTeX|PDFTeX|xe|lua)$/;
/** `\if…` conditionals and `\fi`; an `\if…` followed by a brace is a macro with arguments (`\ifthenelse{`), not a conditional. */
const CONDITIONAL = /\\(if[A-Za-z@]*|fi)\b(\s*\{)?/g;

/**
 * Where each engine conditional of `source` is open: [start, end) ranges; with `any`, every
 * conditional's.
 */
function engineGuarded(source: string, any = false): [number, number][] {
  const guarded: [number, number][] = [];
  const open: { engine: boolean; at: number }[] = [];
  for (const m of source.matchAll(CONDITIONAL)) {
    if (m[2]) continue;
    if (m[1] === 'fi') {
      const top = open.pop();
      if (top?.engine) guarded.push([top.at, m.index]);
    } else open.push({ engine: any || ENGINE_IF.test(`\\${m[1]}`), at: m.index });
  }
  for (const top of open) if (top.engine) guarded.push([top.at, source.length]);
  return guarded;
}

/**
 * Packages a file loads unconditionally (not inside an engine test). A file that tests the
 * engine anywhere is written for both engines, and then a load inside any conditional is the
 * other engine's branch: Bob Tennent's font packages (ClearSans.sty, a project's own copy) set
 * `\ifclear@ttf` from `\ifxetex` and load fontspec under that flag, Type 1 fonts under its `\else`.
 */
function loadedPackages(text: string): string[] {
  const source = withoutComments(text);
  const engineTests = engineGuarded(source);
  const guarded = engineTests.length > 0 ? engineGuarded(source, true) : engineTests;
  const names: string[] = [];
  for (const m of source.matchAll(LOADS)) {
    if (guarded.some(([from, to]) => m.index >= from && m.index < to)) continue;
    for (const name of m[1]!.split(',')) if (name.trim()) names.push(name.trim());
  }
  return names;
}

/**
 * XeTeX's own primitives (`\\creationdate`, `\\XeTeXlinebreaklocale` …) used, not tested for
 * (`\\ifdefined\\XeTeXrevision`, `\\ifx\\creationdate\\undefined`), outside an engine test: a
 * document written for XeLaTeX that loads no XeTeX-only package (AltaCV's XeLaTeX mode starts
 * with `\\let\\pdfcreationdate=\\creationdate`, which pdfLaTeX reads as undefined).
 */
const XETEX_PRIMITIVE = /(\\ifdefined\s*|\\ifx\s*|\\ifcsname\s*|\\@ifundefined\s*\{\s*|\\let\s*)?\\(creationdate|XeTeX[a-z]+)(?![A-Za-z@])/g;
function usedXetexPrimitive(text: string): string | null {
  const source = withoutComments(text);
  const found = [...source.matchAll(XETEX_PRIMITIVE)];
  // A file that tests for a XeTeX primitive is written for both engines (`\ifx\XeTeXrevision\undefined
  // … \else \XeTeXinterchartoks … \fi`): its uses are in the branch pdfTeX never reads.
  if (found.some((m) => m[1] && !/^\\let/.test(m[1]))) return null;
  const guarded = engineGuarded(source);
  for (const m of found) {
    // Defined (`\let\creationdate…`) is no use; `\let\pdfcreationdate=\creationdate` is (no prefix there).
    if (m[1]) continue;
    if (guarded.some(([from, to]) => m.index >= from && m.index < to)) continue;
    return `\\${m[2]}`;
  }
  return null;
}

/**
 * Chooses the engine for `mainFile`. `files` are the project's files; the local .cls/.sty/.tex the
 * main file reaches are checked too (Awesome-CV's class loads fontspec), the ones it never loads
 * are not (a template kept beside a pdfLaTeX resume).
 */
export function chooseEngine(mainFile: string, files: Record<string, string | Uint8Array>): EngineChoice {
  const mainText = asText(files[mainFile]);
  const magic = MAGIC.exec(mainText.slice(0, 4000))?.[1]?.toLowerCase();
  if (magic === 'xelatex' || magic === 'xetex') return { engine: 'xelatex', reason: `the main file says "% !TEX program = ${magic}"` };
  if (magic === 'lualatex' || magic === 'luatex') {
    return { engine: 'xelatex', reason: `the main file asks for ${magic}, which Bespoke runs with XeLaTeX` };
  }
  if (/\.xtx$/i.test(mainFile)) return { engine: 'xelatex', reason: 'the main file is a .xtx (XeTeX) file' };
  if (magic === 'pdflatex') return { engine: 'pdflatex', reason: 'the main file says "% !TEX program = pdflatex"' };
  for (const path of reachableSourceFiles(mainFile, files)) {
    const text = asText(files[path]);
    if (REQUIRE_XETEX.test(withoutComments(text))) return { engine: 'xelatex', reason: `${path} requires XeTeX` };
    const pkg = loadedPackages(text).find((name) => UNICODE_ENGINE_PACKAGES.includes(name));
    if (pkg) return { engine: 'xelatex', reason: `${path} loads ${pkg}, which needs XeLaTeX` };
    const primitive = usedXetexPrimitive(text);
    if (primitive) return { engine: 'xelatex', reason: `${path} uses ${primitive}, which only XeTeX has` };
  }
  return { engine: 'pdflatex', reason: 'no sign of fontspec, XeTeX or LuaTeX' };
}
