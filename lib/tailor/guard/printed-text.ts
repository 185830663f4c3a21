import { latexToPlain } from '../segment/plain-text';
import { readControlSequence, skipGroup, skipOptional, skipSpaces } from '../segment/scanner';
import type { Segmentation } from '../segment/types';

const DEFINERS = new Set(['newcommand', 'renewcommand', 'providecommand', 'newenvironment', 'renewenvironment', 'def', 'edef', 'gdef', 'xdef', 'NewDocumentCommand', 'DeclareRobustCommand']);

/**
 * Removes definitions from LaTeX source (`\newcommand{\x}[2]{…#1…}`, `\def\x#1{…}`): their
 * bodies and parameters (`#3`) are machinery, not things the person said.
 */
export function withoutDefinitions(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const at = src.indexOf('\\', i);
    if (at === -1) { out += src.slice(i); break; }
    out += src.slice(i, at);
    const cs = readControlSequence(src, at);
    if (!DEFINERS.has(cs.name)) { out += src.slice(at, cs.end); i = cs.end; continue; }
    let j = skipSpaces(src, cs.end);
    // The name (braced or a bare control sequence), then parameters up to the body's brace.
    if (src[j] === '{') j = skipGroup(src, j); else if (src[j] === '\\') j = readControlSequence(src, j).end;
    for (let guard = 0; guard < 8; guard++) {
      j = skipSpaces(src, j);
      if (src[j] === '[') j = skipOptional(src, j);
      else if (src[j] === '#' || /[0-9]/.test(src[j] ?? '')) j++;
      else break;
    }
    j = skipSpaces(src, j);
    if (src[j] === '{') j = skipGroup(src, j);
    // \newenvironment has a second body (the end code).
    if (cs.name.endsWith('environment')) { j = skipSpaces(src, j); if (src[j] === '{') j = skipGroup(src, j); }
    i = j;
  }
  return out.replace(/#+\d/g, ' ');
}

/** The part of a main file after `\begin{document}` (all of it when there is none). */
export function documentBody(tex: string): string {
  const at = tex.search(/\\begin\s*\{document\}/);
  return at === -1 ? tex : tex.slice(at);
}

/** What a reader of the compiled resume sees of a LaTeX fragment (arguments kept apart: `{A}{B}` reads "A B"). */
export function printedPlain(src: string): string {
  return latexToPlain(withoutDefinitions(src).replace(/\}\s*\{/g, '} {').replace(/\}\s*\[/g, '} ['));
}

/**
 * The printed text of the whole master (document bodies only: never the preamble, macro
 * definitions or their parameters), and the same with every segment cut out — the headings,
 * employers, titles and dates around the bullets.
 */
export function printedTexts(seg: Segmentation): { all: string; skeleton: string } {
  const all: string[] = [];
  const skeleton: string[] = [];
  for (const f of seg.files) {
    const src = seg.sources[f];
    const spans = seg.segments.filter((s) => s.file === f).sort((a, b) => a.start - b.start);
    let cut = '';
    let at = 0;
    for (const s of spans) { cut += src.slice(at, s.start) + '\n'; at = s.end; }
    cut += src.slice(at);
    const main = f === seg.mainFile;
    all.push(printedPlain(main ? documentBody(src) : src));
    skeleton.push(printedPlain(main ? documentBody(cut) : cut));
  }
  return { all: all.join('\n'), skeleton: skeleton.join('\n') };
}
