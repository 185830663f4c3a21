import { sourcePlain } from './source-words';

/**
 * Accented letters in LaTeX's default OT1 encoding are not glyphs of their own: `\'a` sets an
 * "a" and lays the accent glyph over it (`\add@accent`, TeX's `\accent`), so extractors read
 * "Matem´ atica" or "Ingenierı́a". T1 fonts have the letters, but their metrics differ and lines
 * move. Instead, the tailored copy gives each such letter its character as ActualText: the page
 * is drawn exactly as before, and what it reads is "Matemática".
 */

/** OT1's accent glyph slots (ot1enc.def's `\DeclareTextAccent`), by the combining mark each draws. */
const OT1_ACCENT_SLOT: Record<string, string> = {
  '\u0308': '127', '\u0301': '19', '\u0307': '95', '\u0304': '22', '\u0302': '94', '\u0300': '18',
  '\u0303': '126', '\u030B': '125', '\u0306': '21', '\u030C': '20', '\u030A': '23',
};
/** OT1 builds the cedilla with its own command (`\OT1\c`), not `\add@accent`. */
const CEDILLA = '\u0327';

/** The accented letters a project's text writes (UTF-8 or `\'e`), each an ASCII letter with one accent OT1 draws. */
export function accentedLetters(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const ch of sourcePlain(text)) {
      if (ch < '\u00C0') continue;
      const [base, mark, extra] = [...ch.normalize('NFD')];
      if (!base || !mark || extra || !/^[A-Za-z]$/.test(base)) continue;
      // Both cases: \MakeUppercase{Balázs} sets "Á".
      if (mark in OT1_ACCENT_SLOT || mark === CEDILLA) for (const c of [ch, ch.toUpperCase(), ch.toLowerCase()]) found.add(c);
    }
  }
  return [...found].sort();
}

const hex = (ch: string): string => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/**
 * The TeX that gives `letters` (from `accentedLetters`) their ActualText where OT1 builds them.
 * Only these letters are listed; any other accent is set exactly as before. `\i` and `\j` are
 * the dotless letters LaTeX puts under an accent (`\'{\i}`, and "í" typed in UTF-8).
 */
export function ot1AccentsTex(letters: string[]): string {
  const defs: string[] = [];
  for (const ch of letters) {
    const [base, mark] = [...ch.normalize('NFD')] as [string, string];
    const slot = mark === CEDILLA ? 'c' : OT1_ACCENT_SLOT[mark];
    if (!slot) continue;
    const keys = base === 'i' || base === 'j' ? [base, `\\detokenize{\\${base}}`] : [base];
    for (const key of keys) defs.push(String.raw`\expandafter\def\csname BespokeAcc:${slot}:${key}\endcsname{${hex(ch)}}`);
  }
  if (defs.length === 0) return '';
  // No @ in names here (the block runs without \makeatletter): \csname reaches the kernel's.
  return [String.raw`\RequirePackage{accsupp}`, ...defs,
    // TeX's \accent (make_accent) lays down: a kern, the accent (raised or lowered by the
    // letter's height less the x-height), a kern back, the letter. The same nodes are made here
    // with the accent under an empty ActualText and the letter under the accented character's,
    // so both extractors read one letter where the letter is. The marks have no width. The empty
    // span opens before the first kern: \accent's kerns stay at a line start, where an explicit
    // \kern alone would be dropped.
    String.raw`\def\BespokeAccentOver#1#2#3{\leavevmode\bgroup`,
    String.raw`  \setbox0\hbox{#3\global\mathchardef\BespokeAccentSpaceFactor\spacefactor}\setbox2\hbox{\char#2}%`,
    String.raw`  \dimen0=\dimexpr(\wd0-\wd2)/2+\ht0*\number\fontdimen1\font/65536-\fontdimen5\font*\number\fontdimen1\font/65536\relax`,
    String.raw`  \dimen2=\dimexpr-\wd2-\dimen0\relax\BeginAccSupp{method=hex,ActualText=}\kern\dimen0`,
    String.raw`  \ifdim\ht0=\fontdimen5\font\char#2 \else\raise\dimexpr\ht0-\fontdimen5\font\relax\box2 \fi\EndAccSupp{}%`,
    String.raw`  \kern\dimen2\BeginAccSupp{method=hex,unicode,ActualText=\csname BespokeAcc:#1\endcsname}#3\EndAccSupp{}%`,
    String.raw`  \setbox4\hbox{#3\/}\global\BespokeLetterIc=\dimexpr\wd4-\wd0\relax`,
    String.raw`  \egroup\ifmmode\else\spacefactor\BespokeAccentSpaceFactor\fi\futurelet\BespokeNext\BespokeIcAhead}`,
    // An italic correction asked for right after the letter (LaTeX's \check@icr at the end of
    // `\textit{Café}`, or a typed `\/`) would find the span's end, a whatsit, and add nothing: the
    // letter's own correction is kept for it, used by the kernel's \@@italiccorr if that is what
    // it finds, and dropped once \maybe@ic has decided; a typed `\/` is replaced by it.
    String.raw`\newdimen\BespokeLetterIc\newdimen\BespokeIc`,
    String.raw`\def\BespokeIcAhead{\expandafter\ifx\csname check@icr\endcsname\BespokeNext\expandafter\ifx\csname check@icr\endcsname\empty\else`,
    String.raw`  \global\BespokeIc=\BespokeLetterIc\fi\fi\ifx\/\BespokeNext\expandafter\BespokeTakeIc\fi}`,
    String.raw`\def\BespokeTakeIc#1{\kern\BespokeLetterIc}`,
    String.raw`\expandafter\let\expandafter\BespokeOrigItalicCorr\csname @@italiccorr\endcsname`,
    String.raw`\expandafter\def\csname @@italiccorr\endcsname{\ifnum\lastnodetype=9 \ifdim\BespokeIc>0pt \kern\BespokeIc\fi\fi\BespokeOrigItalicCorr\global\BespokeIc=0pt }`,
    String.raw`\expandafter\let\expandafter\BespokeOrigMaybeIc\csname maybe@ic@\endcsname`,
    String.raw`\expandafter\def\csname maybe@ic@\endcsname{\BespokeOrigMaybeIc\global\BespokeIc=0pt }`,
    // At \begin{document}, after the packages' own hooks: pdfx refuses a document whose
    // \add@accent another package patched before its check there (altacv loads it).
    String.raw`\def\BespokeAccentWithText#1#2{\BespokeAccentOver{\number#1:\detokenize{#2}}{#1}{#2}}`,
    String.raw`\AtBeginDocument{\expandafter\ifx\csname add@accent\endcsname\relax\else`,
    String.raw`  \expandafter\let\expandafter\BespokeOrigAddAccent\csname add@accent\endcsname`,
    String.raw`  \expandafter\def\csname add@accent\endcsname#1#2{\expandafter\ifx\csname BespokeAcc:\number#1:\detokenize{#2}\endcsname\relax`,
    String.raw`    \expandafter\BespokeOrigAddAccent\else\expandafter\BespokeAccentWithText\fi{#1}{#2}}\fi}`,
    // OT1's cedilla: \accent24 under a letter of x-height; otherwise (Ç, or a font whose "c" is not
    // exactly 1ex high) the letter with the cedilla drawn over it, moved back. That span ends with
    // the cedilla glyph, short of the letter's end, and poppler read the gap as a space
    // ("Programaç ão"): a fake space (no width) closes it where the letter ends.
    String.raw`\def\BespokeSpanEnd{\ifdefined\pdffakespace\pdffakespace\fi}`,
    String.raw`\expandafter\ifx\csname OT1\string\c\endcsname\relax\else`,
    String.raw`\expandafter\let\expandafter\BespokeOrigCedilla\csname OT1\string\c\endcsname`,
    String.raw`\expandafter\def\csname OT1\string\c\endcsname#1{\expandafter\ifx\csname BespokeAcc:c:\detokenize{#1}\endcsname\relax`,
    String.raw`  \expandafter\BespokeOrigCedilla\else\expandafter\BespokeCedillaWithText\fi{#1}}`,
    String.raw`\def\BespokeCedillaWithText#1{\leavevmode\setbox0\hbox{#1}\ifdim\ht0=1ex \BespokeAccentOver{c:\detokenize{#1}}{24}{#1}\else`,
    String.raw`  \BeginAccSupp{method=hex,unicode,ActualText=\csname BespokeAcc:c:\detokenize{#1}\endcsname}\BespokeOrigCedilla{#1}\BespokeSpanEnd\EndAccSupp{}\fi}\fi`,
  ].join('\n');
}
