import { withoutComments } from '@/lib/tex/reachable-files';
import { classifyRun } from './classify';
import { markBulletArgs, readMacroDefs, type MacroDef } from './macro-defs';
import { latexToPlain } from './plain-text';
import { RunFinder, type Run, type SectionMark } from './runs';
import { commentEnd, readControlSequence, skipGroup, skipSpaces } from './scanner';
import { groupLists } from './lists';
import { findSectionSpans } from './sections';
import type { Segment, Segmentation, TexProject } from './types';

const decoder = new TextDecoder('utf-8');

/** The text of a project file, or null when it is missing. */
export function fileText(project: TexProject, path: string): string | null {
  const content = project.files[path];
  if (content === undefined) return null;
  return typeof content === 'string' ? content : decoder.decode(content);
}

function dirOf(path: string): string {
  const k = path.lastIndexOf('/');
  return k === -1 ? '' : path.slice(0, k + 1);
}

/** Resolves `\input{x}` the way TeX does for us: relative to the main file's folder, `.tex` optional. */
export function resolveInput(project: TexProject, arg: string): string | null {
  const base = dirOf(project.mainFile);
  const clean = arg.trim().replace(/^\.\//, '');
  for (const cand of [base + clean, base + clean + '.tex', clean, clean + '.tex'].map(withoutDots)) {
    if (cand !== null && project.files[cand] !== undefined) return cand;
  }
  return null;
}

/** `vita/../sub/x.tex` as `sub/x.tex` (a main file in a sub-folder reads its siblings' files); null above the project. */
function withoutDots(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') { if (parts.pop() === undefined) return null; } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Macro definitions from class/style files, then the main preamble (which wins). */
function collectDefs(project: TexProject, preamble: string): Map<string, MacroDef> {
  const defs = new Map<string, MacroDef>();
  for (const path of Object.keys(project.files).sort()) {
    if (!/\.(cls|sty)$/.test(path)) continue;
    const text = fileText(project, path);
    if (text && text.length < 2_000_000) readMacroDefs(text, defs);
  }
  readMacroDefs(preamble, defs);
  markBulletArgs(defs);
  return defs;
}

/**
 * One-argument commands that only read a file named by their argument
 * (`\newcommand{\inputsection}[1]{\input{sections/#1.tex}}`), by name, with the path's pattern.
 */
const INPUT_WRAPPER = /\\(?:(?:re|provide)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\[1\]|\\def\s*\\([A-Za-z]+)#1)\s*\{\s*\\(?:input|include|subfile)\s*\{([^{}%]*#1[^{}%]*)\}\s*\}/g;

function readInputWrappers(src: string, into: Map<string, string>): void {
  for (const m of src.matchAll(INPUT_WRAPPER)) into.set((m[1] ?? m[2])!, m[3]!);
}

/** `\input` / `\include` targets inside `src[from, to)` (also through `wrappers`), skipping commented-out lines. */
function findInputs(src: string, from: number, to: number, wrappers: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (src[i] === '%') { i = commentEnd(src, i); continue; }
    if (src[i] !== '\\') continue;
    const cs = readControlSequence(src, i);
    const wrapped = wrappers.get(cs.name);
    if (cs.name === 'input' || cs.name === 'include' || cs.name === 'subfile' || wrapped !== undefined) {
      const s = skipSpaces(src, cs.end);
      if (src[s] === '{') {
        const arg = src.slice(s + 1, skipGroup(src, s) - 1);
        out.push(wrapped === undefined ? arg : wrapped.replace(/#1/g, arg.trim()));
      }
    }
    i = cs.end - 1;
  }
  return out;
}

/**
 * An `\input` argument with its constant macros replaced: `\input{lang/\lang}` after
 * `\def\lang{en}` (a template that keeps one file per language) reads `lang/en`. Only macros
 * without arguments whose body is plain text count; anything else leaves the argument as it is.
 */
export function expandInputArg(arg: string, defs: Map<string, MacroDef>): string {
  return arg.replace(/\\([A-Za-z]+)\s*/g, (whole, name: string) => {
    const def = defs.get(name);
    return def && def.arity === 0 && /^[\w./-]{1,64}$/.test(def.body.trim()) ? def.body.trim() : whole;
  });
}

function fileStem(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.tex$/, '');
}

/**
 * Splits a project into an immutable skeleton and editable segments with exact spans.
 * Never throws; when nothing editable is found, `editable` is false and `reason` says why.
 */
export function segmentProject(project: TexProject): Segmentation {
  const main = fileText(project, project.mainFile);
  const result: Segmentation = { mainFile: project.mainFile, sources: {}, files: [], segments: [], lists: [], sections: [], sectionSpans: [], warnings: [], editable: false, reason: null };
  if (main === null) return { ...result, reason: `The main file ${project.mainFile} is not in the project.` };
  const beginDoc = main.search(/\\begin\s*\{document\}/);
  const endDoc = main.search(/\\end\s*\{document\}/);
  const bodyStart = beginDoc === -1 ? 0 : main.indexOf('}', beginDoc) + 1;
  const bodyEnd = endDoc === -1 || endDoc < bodyStart ? main.length : endDoc;
  const defs = collectDefs(project, main.slice(0, beginDoc === -1 ? 0 : beginDoc));

  const queue: { path: string; text: string; from: number; to: number }[] = [{ path: project.mainFile, text: main, from: bodyStart, to: bodyEnd }];
  // Commands that read a file by name, defined in the preamble or in any file read so far.
  const wrappers = new Map<string, string>();
  const counters = { bullet: 0, skills: 0, prose: 0 };
  while (queue.length > 0 && result.files.length < 64) {
    const { path, text, from, to } = queue.shift()!;
    if (result.sources[path] !== undefined) continue;
    result.sources[path] = text;
    result.files.push(path);
    const finder = new RunFinder(text, defs);
    finder.walk(from, to);
    const prefix = path === project.mainFile ? '' : `${fileStem(path)}:`;
    for (const seg of toSegments(text, path, finder.runs, finder.sections, prefix, counters)) {
      result.segments.push(seg);
      // "by 50% across…": TeX reads the rest of the line as a comment, and so do we.
      if (/\d$/.test(seg.text) && /^[ \t]*%\s*\S/.test(text.slice(seg.end, seg.end + 80))) {
        result.warnings.push(`${seg.id} ("${seg.plain.slice(-40)}") is cut short by an unescaped % in ${path}; write \\% to print a percent sign.`);
      }
    }
    result.sections.push(...finder.sections.map((s) => latexToPlain(s.title)));
    if (path === project.mainFile) result.sectionSpans = findSectionSpans(text, from, to, finder.sections);
    readInputWrappers(withoutComments(text), wrappers);
    for (const arg of findInputs(text, from, to, wrappers)) {
      const target = resolveInput(project, arg) ?? resolveInput(project, expandInputArg(arg, defs));
      const t = target ? fileText(project, target) : null;
      if (target && t !== null && /\.tex$/.test(target)) queue.push({ path: target, text: t, from: 0, to: t.length });
    }
  }
  result.lists = groupLists(result);
  result.editable = result.segments.length > 0;
  if (!result.editable) result.reason = 'No bullets, skills lines or prose paragraphs were found in this template.';
  return result;
}

function toSegments(text: string, file: string, runs: Run[], sections: SectionMark[], prefix: string, counters: Record<'bullet' | 'skills' | 'prose', number>): Segment[] {
  const out: Segment[] = [];
  for (const run of runs) {
    let { start, end } = run;
    // `\item {text}` (awesome-cv): edit inside the braces so the model never sees them.
    if (text[start] === '{' && skipGroup(text, start) === end) { start++; end--; }
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const raw = text.slice(start, end);
    const plain = latexToPlain(raw);
    const kind = classifyRun(plain, run.bullet);
    if (!kind) continue;
    counters[kind]++;
    const letter = kind === 'bullet' ? 'b' : kind === 'skills' ? 's' : 'p';
    const section = [...sections].reverse().find((s) => s.pos < start);
    out.push({ id: `${prefix}${letter}${counters[kind]}`, kind, file, start, end, text: raw, plain, listId: '', section: section ? latexToPlain(section.title) : null });
  }
  return out;
}
