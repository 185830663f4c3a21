/**
 * The TeX that each text-layer fix adds to the tailored copy's preamble (just before
 * `\begin{document}`, after every package and the class have defined what it patches).
 * Every piece is guarded (`\ifdefined`, `\cs_if_exist`), so a template without the patched
 * command or an engine without the primitive (XeTeX) compiles exactly as before.
 * No user text is ever spliced in: macro names come from `HEADING_MACRO` only.
 */

/** pdfTeX primitives: glyph names → Unicode for every font, and real space characters between words. */
export const UNICODE_MAP_TEX = String.raw`\ifdefined\pdfgentounicode\input{glyphtounicode}\pdfgentounicode=1 \fi`;

/**
 * Ligature glyphs read as their letters even where a font names them `f_f_i` or `uniFB03`
 * (cochineal, libertine…): pdfTeX would otherwise give U+FB03, which poppler keeps as "ﬃ".
 */
export const LIGATURES_TEX = String.raw`\ifdefined\pdfglyphtounicode`
  + [['ff', '0066 0066'], ['fi', '0066 0069'], ['fl', '0066 006C'], ['ffi', '0066 0066 0069'], ['ffl', '0066 0066 006C']]
    .flatMap(([name, letters]) => [name.split('').join('_'), `uni${{ ff: 'FB00', fi: 'FB01', fl: 'FB02', ffi: 'FB03', ffl: 'FB04' }[name]}`].map((g) => `\\pdfglyphtounicode{${g}}{${letters}}`))
    .join('') + String.raw`\fi`;
/**
 * XeTeX: every glyph run whose glyphs do not map back to the characters typed (ligatures, small
 * caps and other OpenType substitutions) carries the typed text as ActualText. Only what the
 * PDF says it reads changes; the glyphs drawn stay the same.
 */
export const XETEX_ACTUAL_TEXT_TEX = String.raw`\ifdefined\XeTeXgenerateactualtext\XeTeXgenerateactualtext=1 \fi`;

/** The map line names the space font's file (see space-font.ts), which the bundle's pdftex.map lacks. */
export const INTERWORD_SPACE_TEX = String.raw`\ifdefined\pdfinterwordspaceon\pdfmapline{+pdftexspace <pdftexspace.pfb}\pdfinterwordspaceon\fi`;

/**
 * Icons carry an empty ActualText: an ATS reads nothing where the page shows a phone or an
 * envelope, instead of the letter the icon font happens to put there. Covers fontawesome (4),
 * fontawesome5 (used by moderncv and altacv), marvosym (and older moderncv's `\marvosymbol`),
 * academicons' generic command, simpleicons' `\simpleicon`, pifont's dingbats (`\ding`, not
 * its Symbol font: `\Pisymbol{psy}` sets Greek letters, which are text) and bbding (every
 * symbol goes through its `\@chooseSymbol`). accsupp works in XeTeX too (dvipdfmx specials).
 * Awesome-CV's own fontawesome.sty defines `\faPhone` as `{\FA\csname faicon@phone\endcsname}`,
 * past `\faicon`: its font switch `\FA` opens the empty ActualText and closes it when the
 * group that holds the icon ends (only inside a group, so the span always closes).
 * Inside an icon, XeTeX's own ActualText (the icon's private-use code point) is switched off:
 * an extractor honours the innermost ActualText, which would bring the junk back.
 */
export const ICONS_TEX = String.raw`\RequirePackage{accsupp}%
\def\BespokeNoGlyphText{\ifdefined\XeTeXgenerateactualtext\XeTeXgenerateactualtext=0 \fi}%
\providecommand\BespokeIcon[1]{\BeginAccSupp{method=escape,ActualText={}}{\BespokeNoGlyphText#1}\EndAccSupp{}}%
\ifdefined\faicon\let\BespokeOrigFaicon\faicon\renewcommand*\faicon[1]{\BespokeIcon{\BespokeOrigFaicon{#1}}}\fi
\ifdefined\mvchr\let\BespokeOrigMvchr\mvchr\renewcommand*\mvchr[1]{\BespokeIcon{\BespokeOrigMvchr{#1}}}\fi
\ifdefined\marvosymbol\let\BespokeOrigMarvosymbol\marvosymbol\renewcommand*\marvosymbol[1]{\BespokeIcon{\BespokeOrigMarvosymbol{#1}}}\fi
\ifdefined\aiicon\let\BespokeOrigAiicon\aiicon\renewcommand*\aiicon[1]{\BespokeIcon{\BespokeOrigAiicon{#1}}}\fi
\ifdefined\simpleicon\let\BespokeOrigSimpleicon\simpleicon\renewcommand*\simpleicon[1]{\BespokeIcon{\BespokeOrigSimpleicon{#1}}}\fi
\ifdefined\ding\let\BespokeOrigDing\ding\renewcommand*\ding[1]{\BespokeIcon{\BespokeOrigDing{#1}}}\fi
\expandafter\ifx\csname @chooseSymbol\endcsname\relax\else\expandafter\let\csname BespokeOrigBbding\expandafter\endcsname\csname @chooseSymbol\endcsname
  \expandafter\renewcommand\expandafter*\csname @chooseSymbol\endcsname[1]{\BespokeIcon{\csname BespokeOrigBbding\endcsname{#1}}}\fi
\def\BespokeEndIcon{\EndAccSupp{}}%
\ifdefined\FA\let\BespokeOrigFA\FA\protected\def\FA{\BespokeOrigFA\ifnum\currentgrouplevel>0 \BespokeNoGlyphText\BeginAccSupp{method=escape,ActualText={}}\aftergroup\BespokeEndIcon\fi}\fi
\ExplSyntaxOn
\cs_if_exist:NT \fontawesome_use_icon:nn {
  \cs_set_eq:NN \bespoke_fa_use_icon:nn \fontawesome_use_icon:nn
  \cs_set_protected:Npn \fontawesome_use_icon:nn #1#2 { \BespokeIcon{ \bespoke_fa_use_icon:nn {#1} {#2} } }
}
\ExplSyntaxOff`;

/** A heading macro's name as it may appear in a patch (letters only: nothing else reaches TeX). */
export const HEADING_MACRO = /^[A-Za-z]{1,40}$/;

/**
 * A one-argument heading command (e.g. twentysecondcv's `\section`, which boxes the first
 * letters apart) read as its argument: the ActualText is the heading as written.
 * Needs hyperref's `\pdfstringdef` to turn the argument into PDF text; without it, unchanged.
 */
export function headingTex(name: string): string {
  if (!HEADING_MACRO.test(name)) throw new Error(`Not a plain macro name: ${name}`);
  const cs = `\\${name}`;
  const orig = `\\csname BespokeOrigHeading${name}\\endcsname`;
  return `\\ifdefined\\pdfstringdef\\ifdefined${cs}\\RequirePackage{accsupp}\\expandafter\\let${orig}${cs}%\n`
    + `\\renewcommand*${cs}[1]{\\BeginAccSupp{method=pdfstringdef,ActualText={#1}}${orig}{#1}\\EndAccSupp{}}\\fi\\fi`;
}

/** T1-encoded fonts: accented letters are glyphs of their own, not a letter and a floating accent. */
export const T1_TEX = String.raw`\RequirePackage[T1]{fontenc}`;

/** Line-end hyphenation off: words stay whole in the text layer (line breaks may move). */
export const NO_HYPHENATION_TEX = String.raw`\hyphenpenalty=10000 \exhyphenpenalty=50 `;

/** Wraps fix lines so a reader of the tailored .tex sees where they came from and how to drop them. */
export function fixBlock(lines: string[]): string {
  // No \makeatletter/\makeatother: none of the fixes needs @, and a template that left
  // \makeatletter on before \begin{document} must find it still on.
  return `% Bespoke: PDF text-layer fixes (what an ATS reads); untick "Fix the PDF text layer" to leave them out.\n${lines.join('\n')}\n`;
}
