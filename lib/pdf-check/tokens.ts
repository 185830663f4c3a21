/**
 * Words as compared between the source and the PDF: split on white space, outer punctuation
 * stripped, NFC, lower case (a heading set in capitals or small caps still reads as the word),
 * typographic quotes folded. Ligature characters (U+FB00…) are deliberately NOT folded: many
 * parsers never match "ﬁnance" to "finance", so such a word does not read as written.
 */
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** "C++", "C#", "F#": a language's name keeps the marks that make it one ("C" is another language). */
const LANGUAGE_MARKS = /\p{L}(\+\+|#)[^\p{L}\p{N}+#]*$/u;

export function normWord(raw: string): string {
  const s = raw.normalize('NFC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const marks = LANGUAGE_MARKS.exec(s)?.[1] ?? '';
  return (s.replace(EDGE, '') + marks).toLowerCase();
}

/** A word has a letter or a digit; anything else (a bullet, a separator, a stray glyph) is not. */
export const isWord = (raw: string): boolean => /[\p{L}\p{N}]/u.test(raw);

/**
 * Ordinary punctuation, list bullets and rating marks that may stand alone; any other lone
 * glyph is junk. "∗" is LaTeX's own third-level list bullet (`\labelitemiii`).
 */
const PLAIN_MARK = /[-–—−•·◦∙‣⁃○●▪■□►▸★☆∗|/,.;:&+…()[\]"'“”‘’!?*%$€£~=<>×©®™]/u;

/**
 * A non-word token that is not ordinary punctuation: an icon or a symbol read as text. A
 * symbol the source itself sets (`$\geq$`, `$\infty$`: in `sourceChars`) is what the page
 * shows, so not junk, whatever punctuation stands beside it ("+∞).").
 */
export const isJunkMark = (raw: string, sourceChars: ReadonlySet<string> = new Set()): boolean =>
  !isWord(raw) && ![...raw].every((c) => PLAIN_MARK.test(c) || sourceChars.has(c));

/** Characters fonts use for ligatures; as text they are one odd glyph instead of two or three letters. */
export const LIGATURE = /[\uFB00-\uFB06]/u;
/**
 * Spacing accents and lone combining marks: an accent read apart from its letter. Also an
 * accent on a dotless ı or ȷ: OT1 builds "í" from `\i` and an accent, and no normalisation
 * turns "ı́" back into "í" ("Ingenierı́a" matches no "Ingeniería").
 */
export const LOOSE_ACCENT = /[\u00B4\u0060\u00A8\u02C6\u02DC\u00B8\u02C7\u02D8\u02D9\u02DA\u02DB\u02DD\u00AF^~]|^\p{M}|[\u0131\u0237]\p{M}/u;
/** Private-use code points: an icon font's glyphs with no Unicode meaning. */
export const PRIVATE_USE = /\p{Co}/u;

/** White-space separated tokens of a line. */
export const tokensOf = (line: string): string[] => line.split(/\s+/).filter(Boolean);
