import { segmentProject, type TexProject } from '@/lib/tailor';
import { chooseEngine } from '@/lib/tex/engine-choice';
import { FIX_BLOCK_MARK, fixBlock, HEADING_MACRO, headingTex, ICONS_TEX, INTERWORD_SPACE_TEX, LIGATURES_TEX, NO_HYPHENATION_TEX, SMALL_CAPS_TEX, smallCapsHeadingTex, T1_TEX, UNICODE_MAP_TEX, XETEX_ACTUAL_TEXT_TEX } from './fix-tex';
import { fakesSmallCaps, smallCapsHeadings, wrapDeclaredSmallCaps } from './small-caps';
import { accentedLetters, ot1AccentsTex } from './accents';
import { spaceFontFiles } from './space-font';
import type { TextLayerReport } from './types';

export type FixId = 'unicode-map' | 'interword-spaces' | 'actual-text' | 'icons' | 'headings' | 'small-caps' | 'hyphenation' | 'accents' | 'accent-text';

/** A fix as the user sees it. `changesLook` fixes are listed with a note, never applied silently. */
export interface TextLayerFix { id: FixId; label: string; changesLook: boolean }

/** The fixes for one tailored copy: what they are, what they add, and notes on what was left alone. */
export interface TextLayerPlan {
  fixes: TextLayerFix[];
  notes: string[];
  /** Files the fixes need beside the main file (pdfTeX's space font). */
  files: Record<string, Uint8Array>;
  /**
   * The file that gets the fixes: the one that holds `\begin{document}`, the main file or a file
   * it reads (`\input{cv.tex}` after `\def\lang{en}`: one body, a wrapper per language).
   */
  file: string;
  /** That file with the fixes added to its preamble (unchanged when it has no `\begin{document}`). */
  apply(text: string): string;
}

const ICON_SOURCES = /fontawesome|marvosym|academicons|moderncv|altacv|twentysecondcv|simpleicons|pifont|bbding/i;

const textOf = (c: string | Uint8Array): string => (typeof c === 'string' ? c : '');

const BEGIN_DOCUMENT = /^[^%\n]*?\\begin\s*\{document\}/m;

/** The file whose preamble ends at `\begin{document}`: the main file, else the first file it reads that has it. */
function documentFile(project: TexProject): string {
  if (BEGIN_DOCUMENT.test(textOf(project.files[project.mainFile] ?? ''))) return project.mainFile;
  let read: string[] = [];
  try { read = segmentProject(project).files; } catch { /* unreadable: the main file is the answer */ }
  return read.find((f) => BEGIN_DOCUMENT.test(textOf(project.files[f] ?? ''))) ?? project.mainFile;
}

/** Heading commands that print a word the master's PDF read in pieces, when they take exactly one argument. */
function headingMacros(project: TexProject, master: TextLayerReport | null | undefined): string[] {
  const split = master?.problems.find((p) => p.kind === 'split');
  if (!split) return [];
  const all = Object.values(project.files).map(textOf).join('\n');
  const names = new Set<string>();
  for (const ex of split.examples) {
    const word = ex.replace(/\s+/g, '').replace(/[^\p{L}\p{N}]/gu, '');
    if (word.length < 3) continue;
    for (const m of all.matchAll(new RegExp(String.raw`\\([A-Za-z]+)\s*\{\s*${word}\s*\}`, 'gi'))) names.add(m[1]);
  }
  return [...names].filter((n) => HEADING_MACRO.test(n) && new RegExp(String.raw`\\(?:re)?newcommand\*?\s*\{?\\${n}\}?\s*\[1\]|\\def\\${n}#1\{`).test(all));
}

/**
 * Plans the fixes for the tailored copy of `project` (never the master), from the check of
 * the master's PDF when there is one. Each piece of TeX is guarded, so an engine or template
 * it does not apply to compiles as before. Fixes that would change the look (hyphenation)
 * are only noted unless `allowLookChanges`.
 */
export function planTextLayerFixes(project: TexProject, master?: TextLayerReport | null, options: { allowLookChanges?: boolean; engine?: 'pdflatex' | 'xelatex' } = {}): TextLayerPlan {
  const file = documentFile(project);
  const main = textOf(project.files[file] ?? '');
  const everything = Object.values(project.files).map(textOf).join('\n');
  const engine = options.engine ?? project.engine ?? chooseEngine(project.mainFile, project.files).engine;
  const fixes: TextLayerFix[] = [];
  const tex: string[] = [];
  const notes: string[] = [];
  // Each engine's pieces are guarded no-ops in the other; only the ones that act are listed.
  if (engine === 'pdflatex' && !/\\pdfgentounicode\s*=?\s*1/.test(main)) {
    fixes.push({ id: 'unicode-map', label: 'Every glyph mapped to its Unicode letter (ligatures, accents, symbols)', changesLook: false });
    tex.push(UNICODE_MAP_TEX);
  }
  tex.push(LIGATURES_TEX);
  if (engine === 'pdflatex') {
    fixes.push({ id: 'interword-spaces', label: 'Real space characters between words', changesLook: false });
    tex.push(INTERWORD_SPACE_TEX);
  } else {
    fixes.push({ id: 'actual-text', label: 'Ligatures and substituted glyphs read as the letters typed', changesLook: false });
    tex.push(XETEX_ACTUAL_TEXT_TEX);
  }
  if (ICON_SOURCES.test(everything) || (master?.junkGlyphs ?? 0) > 0) {
    fixes.push({ id: 'icons', label: 'Icons read as nothing instead of stray letters', changesLook: false });
    tex.push(ICONS_TEX);
  }
  // Poppler reads faked small caps in pieces; pdf.js does not, so the master's check cannot
  // tell: the source decides.
  const headings = headingMacros(project, master);
  const smallCaps = engine === 'pdflatex' && fakesSmallCaps(everything);
  if (smallCaps) {
    // A command patched once only (headings' patch wins): a second patch of the same name would call itself.
    const named = smallCapsHeadings(everything).filter((n) => !headings.includes(n));
    fixes.push({ id: 'small-caps', label: 'Words in small capitals read whole ("Summary", not "S UMMARY")', changesLook: false });
    tex.push(SMALL_CAPS_TEX, ...named.map(smallCapsHeadingTex));
  }
  if (headings.length) {
    fixes.push({ id: 'headings', label: `Spaced-out headings read as whole words (\\${headings.join(', \\')})`, changesLook: false });
    tex.push(...headings.map(headingTex));
  } else if (master?.problems.some((p) => p.kind === 'split')) {
    notes.push('Some words still come out in pieces: the command that spaces them out could not be patched safely.');
  }
  const hyphenated = master?.problems.find((p) => p.kind === 'hyphenation');
  if (hyphenated && options.allowLookChanges) {
    fixes.push({ id: 'hyphenation', label: 'No hyphenation at line ends', changesLook: true });
    tex.push(NO_HYPHENATION_TEX);
    notes.push('Hyphenation at line ends was turned off so words stay whole; some lines break differently than in your master.');
  } else if (hyphenated) {
    notes.push(`${hyphenated.count} word(s) are broken by hyphenation at line ends (e.g. "${hyphenated.examples[0]}"). Not changed, as it would move line breaks: \\hyphenpenalty=10000 in your master's preamble turns hyphenation off.`);
  }
  // Accents built from two glyphs (LaTeX's default OT1 encoding) read apart. Each accented letter
  // the source writes gets its character as ActualText; nothing moves. (T1 fonts have the letters
  // themselves, but their metrics differ a little, so lines may move: only on request.)
  const noT1 = !/\\usepackage\s*\[[^\]]*T1[^\]]*\]\s*\{fontenc\}/.test(everything);
  const accentTex = engine === 'pdflatex' && noT1 ? ot1AccentsTex(accentedLetters(Object.entries(project.files).filter(([p]) => /\.(tex|cls|sty)$/i.test(p)).map(([, c]) => textOf(c)))) : '';
  if (accentTex) {
    fixes.push({ id: 'accent-text', label: 'Accented letters read whole ("Matemática", not "Matem´ atica")', changesLook: false });
    tex.push(accentTex);
  }
  if (master?.problems.some((p) => p.kind === 'accent') && noT1) {
    if (options.allowLookChanges) {
      fixes.push({ id: 'accents', label: 'Accented letters set as single glyphs (T1 fonts)', changesLook: true });
      tex.unshift(T1_TEX);
      notes.push('T1 fonts were switched on so accented letters read whole; spacing may differ slightly from your master.');
    } else if (!accentTex) {
      notes.push('Accented letters come out as a letter and a loose accent ("Matem´ atica"). Not changed: adding \\usepackage[T1]{fontenc} to your master fixes it, and may shift some lines.');
    }
  }
  if (master?.problems.some((p) => p.kind === 'order')) notes.push('The layout reads out of order (columns). Not changed: it would change how the resume looks.');
  if (master?.problems.some((p) => p.kind === 'header-footer')) notes.push('Contact details sit only in a header or footer. Not moved: it would change how the resume looks.');
  if (!BEGIN_DOCUMENT.test(main)) notes.push('No \\begin{document} in the main file or a file it reads: no fixes could be added.');
  const block = fixBlock(tex);
  return {
    // Beside the main file: pdfTeX looks for fonts in the folder it runs in, the main file's.
    fixes, notes, files: engine !== 'pdflatex' ? {} : Object.fromEntries(Object.entries(spaceFontFiles()).map(([name, bytes]) => [project.mainFile.includes('/') ? `${project.mainFile.slice(0, project.mainFile.lastIndexOf('/'))}/${name}` : name, bytes])),
    file,
    apply(text: string): string {
      // A tailored .tex kept as a new master already has the block: a second one would patch
      // the patched commands again (each would call itself), so it is compiled as it is.
      if (text.includes(FIX_BLOCK_MARK)) return text;
      const at = text.search(BEGIN_DOCUMENT);
      if (at === -1) return text;
      const begin = text.indexOf('\\begin', at);
      const body = smallCaps ? wrapDeclaredSmallCaps(text.slice(begin)) : text.slice(begin);
      return `${text.slice(0, begin)}${block}${body}`;
    },
  };
}
