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

/**
 * pdfTeX writes a space character only where the gap before a glyph is at least that glyph's
 * font's word space less its shrink. moderncv sets the name as
 * `\firstnamestyle{\@firstname}~\lastnamestyle{\@lastname}`: a tie in the body font between two
 * words at 34 pt, narrower than that, so pdf.js read "JeanComets". The last name starts with an
 * explicit space character (`\pdffakespace`, a whatsit of no width, so nothing moves). Only
 * there: a tie patched everywhere stops `\unskip` from taking it back (babel French's "~:" and
 * "~!", LaTeX's "~\\"), and a space after it becomes a place to break a line.
 */
const NAME_SPACE_TEX = String.raw`\ifdefined\pdffakespace\ifdefined\lastnamestyle\ifdefined\NewCommandCopy\NewCommandCopy\BespokeOrigLastnamestyle\lastnamestyle`
  + String.raw`\renewcommand*\lastnamestyle[1]{\ifhmode\pdffakespace\fi\BespokeOrigLastnamestyle{#1}}\fi\fi\fi`;

/** The map line names the space font's file (see space-font.ts), which the bundle's pdftex.map lacks. */
export const INTERWORD_SPACE_TEX = String.raw`\ifdefined\pdfinterwordspaceon\pdfmapline{+pdftexspace <pdftexspace.pfb}\pdfinterwordspaceon\fi`
  + NAME_SPACE_TEX;

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
 * `\BespokeIcon` is robust: a template that expands `\faicon{…}` before setting it (in a
 * `\protected@edef`) keeps it whole instead of expanding accsupp's code ("Missing \endcsname").
 */
export const ICONS_TEX = String.raw`\RequirePackage{accsupp}%
\def\BespokeNoGlyphText{\ifdefined\XeTeXgenerateactualtext\XeTeXgenerateactualtext=0 \fi}%
\DeclareRobustCommand\BespokeIcon[1]{\BeginAccSupp{method=escape,ActualText={}}{\BespokeNoGlyphText#1}\EndAccSupp{}}%
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
 */
export function headingTex(name: string): string {
  if (!HEADING_MACRO.test(name)) throw new Error(`Not a plain macro name: ${name}`);
  const cs = `\\${name}`;
  const orig = `\\csname BespokeOrigHeading${name}\\endcsname`;
  return `\\ifdefined\\pdfstringdef\\ifdefined${cs}\\RequirePackage{accsupp}\\expandafter\\let${orig}${cs}%\n`
    + `\\renewcommand*${cs}[1]{\\BeginAccSupp{method=pdfstringdef,ActualText={#1}}${orig}{#1}\\EndAccSupp{}}\\fi\\fi`;
}

/**
 * Small capitals read as whole words in every extractor. pdfTeX fonts without small caps of
 * their own (Times, Charter, Palatino, Helvetica …: the base-35 families) fake them with a
 * virtual font that draws the capitals smaller. Poppler (and ATS parsers built like it) starts
 * a new word wherever the size changes, so "Summary" reads "S UMMARY". The text set in small
 * caps carries the words as written as ActualText: `\textsc{…}`, section titles (titlesec's
 * `\ttl@select`, the kernel's `\@sect`/`\@ssect`, whose short title for the contents and
 * bookmarks stays untouched). A declaration in running text (`{\scshape Name}`) has no
 * argument to read and stays as it is. An argument that is one macro without parameters
 * (`\textsc{\@name}`) is read as what it stands for.
 * Only plain text becomes ActualText: an argument with any command word in it (an icon, a size
 * switch: twentysecondcv's `\textsc{\Large\icon{\Info}}`) is set as before, since turning it
 * into PDF text would run TikZ and the like. `\textsc` and words in the body start their
 * paragraph before the ActualText opens: opened in vertical mode, it would sit above the first
 * line and shift a top-aligned box (moderncv's `\cvline{…}{\textsc{Matlab} …}` moved down a
 * line). Section titles do not (`\BespokeTitle`): the sectioning code sets the paragraph up
 * itself (titlesec's hanging label, a negative `\parindent`), and starting it early moved the
 * title. With
 * hyperref, its `\pdfstringdef` makes the PDF text (accents too); without it, only plain ASCII
 * is given (escaped), the rest set as before.
 */
export const SMALL_CAPS_TEX = String.raw`\RequirePackage{accsupp}
\ExplSyntaxOn
\tl_new:N \l__bespoke_text_tl
\cs_new_protected:Npn \__bespoke_unfold:N #1 {
  \token_if_macro:NT #1 { \token_if_protected_macro:NF #1
    { \tl_if_empty:eT { \cs_parameter_spec:N #1 } { \tl_set:No \l__bespoke_text_tl {#1} } } }
}
\cs_new_protected:Npn \BespokeTextAs #1#2 {
  \tl_set:Nn \l__bespoke_text_tl {#1}
  \prg_replicate:nn { 3 } { \exp_args:NV \tl_if_single_token:nT \l__bespoke_text_tl
    { \exp_last_unbraced:NV \__bespoke_unfold:N \l__bespoke_text_tl } }
  \regex_match:nVTF { \c{[A-Za-z@]+} } \l__bespoke_text_tl {#2} {
    \cs_if_exist:NTF \pdfstringdef
      { \exp_args:Nx \BeginAccSupp { method=pdfstringdef,ActualText={ \exp_not:V \l__bespoke_text_tl } } #2 \EndAccSupp{} }
      { \regex_match:nVTF { \c{.*} | [^\x{20}-\x{7E}] } \l__bespoke_text_tl {#2}
          { \exp_args:Nx \BeginAccSupp { method=escape,ActualText={ \exp_not:V \l__bespoke_text_tl } } #2 \EndAccSupp{} } }
  }
}
\cs_new_protected:Npn \BespokeText #1 { \mode_leave_vertical: \BespokeTextAs {#1} {#1} }
\cs_new_protected:Npn \BespokeTitle #1 { \BespokeTextAs {#1} {#1} }
\cs_if_exist:NT \pdfstringdefDisableCommands { \pdfstringdefDisableCommands { \cs_set_eq:NN \BespokeText \use:n \cs_set_eq:NN \BespokeTitle \use:n } }
\cs_if_exist:NT \NewCommandCopy {
  \NewCommandCopy \BespokeOrigTextsc \textsc
  \DeclareRobustCommand \textsc [1] { \mode_leave_vertical: \BespokeTextAs {#1} { \BespokeOrigTextsc {#1} } }
}
\cs_if_exist:cT { ttl@select } {
  \cs_set_eq:Nc \bespoke_ttl_select:nnnn { ttl@select }
  \cs_set:cpn { ttl@select } #1#2#3#4 { \bespoke_ttl_select:nnnn {#1} {#2} {#3} { \BespokeTitle {#4} } }
}
\cs_if_exist:cT { @sect } {
  \cs_set_eq:Nc \bespoke_sect:w { @sect }
  \cs_set:cpn { @sect } #1#2#3#4#5#6[#7]#8 { \bespoke_sect:w {#1} {#2} {#3} {#4} {#5} {#6} [{#7}] { \BespokeTitle {#8} } }
}
\cs_if_exist:cT { @ssect } {
  \cs_set_eq:Nc \bespoke_ssect:nnnnn { @ssect }
  \cs_set:cpn { @ssect } #1#2#3#4#5 { \bespoke_ssect:nnnnn {#1} {#2} {#3} {#4} { \BespokeTitle {#5} } }
}
\ExplSyntaxOff`;

/**
 * A one-argument command or environment that sets its argument in small caps: the argument is
 * passed on as `\BespokeText{…}`, so the ActualText spans exactly where the command sets it,
 * never the spacing around it (an ActualText opened before a `\bigskip` would stop it merging
 * with the space above and move the heading).
 */
export function smallCapsHeadingTex(name: string): string {
  if (!HEADING_MACRO.test(name)) throw new Error(`Not a plain macro name: ${name}`);
  const cs = `\\${name}`;
  const orig = `\\csname BespokeOrigSmallCaps${name}\\endcsname`;
  return `\\ifdefined\\BespokeText\\ifdefined${cs}\\expandafter\\let${orig}${cs}%\n`
    + `\\renewcommand*${cs}[1]{${orig}{\\BespokeText{#1}}}\\fi\\fi`;
}

/** T1-encoded fonts: accented letters are glyphs of their own, not a letter and a floating accent. */
export const T1_TEX = String.raw`\RequirePackage[T1]{fontenc}`;

/** Line-end hyphenation off: words stay whole in the text layer (line breaks may move). */
export const NO_HYPHENATION_TEX = String.raw`\hyphenpenalty=10000 \exhyphenpenalty=50 `;

/** The first line of every fix block: how a file that already carries the fixes is known. */
export const FIX_BLOCK_MARK = '% Bespoke: PDF text-layer fixes (what an ATS reads)';

/** Wraps fix lines so a reader of the tailored .tex sees where they came from and how to drop them. */
export function fixBlock(lines: string[]): string {
  // No \makeatletter/\makeatother: none of the fixes needs @, and a template that left
  // \makeatletter on before \begin{document} must find it still on.
  return `${FIX_BLOCK_MARK}; untick "Fix the PDF text layer" to leave them out.\n${lines.join('\n')}\n`;
}
