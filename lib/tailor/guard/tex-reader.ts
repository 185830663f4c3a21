/**
 * Reads untrusted LaTeX the way TeX's input processor will, so that the guard checks what TeX
 * executes rather than what the text looks like. TeX rewrites `^^5c` (and `^^` + any byte, and
 * the same with the ^^K superscript character) into a backslash before it forms control
 * sequences, ignores or re-interprets raw control characters, and honours the catcodes the
 * master set; a check on the literal text can be walked around with any of these. Rather than
 * emulate every trick, the reader refuses anything whose reading is not the obvious one.
 */
import { inAddress } from '../segment/scanner';

/** Category codes LaTeX gives printable ASCII in a document body. */
export type TexCat = 'begin' | 'end' | 'math' | 'align' | 'param' | 'sup' | 'sub' | 'space' | 'letter' | 'other' | 'active' | 'comment';

export type TexToken =
  | { kind: 'cs'; name: string; start: number; end: number }
  | { kind: 'char'; char: string; cat: TexCat; start: number; end: number };

export interface TexReading {
  tokens: TexToken[];
  /** Why the text cannot be proven to read as it looks; non-empty means refuse it. */
  problems: string[];
}

const CATS: Record<string, TexCat> = {
  '{': 'begin', '}': 'end', $: 'math', '&': 'align', '#': 'param', '^': 'sup', _: 'sub', ' ': 'space',
  '\t': 'space', '\n': 'space', '\r': 'space', '~': 'active', '%': 'comment',
};
const LETTER = /[A-Za-z@]/;
/** Characters TeX does not read as themselves: C0/C1 controls (bar tab and newline), DEL, invisible format characters, lone surrogates. */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Tokenises `text` as TeX reads a document body. `special` are characters whose catcode the
 * master changed (active, escape, …): their meaning is the master's, so the caller decides.
 * `comments: false` reads `%` as a character (segment mode escapes it); `true` skips comments.
 */
export function readTex(text: string, opts: { special?: ReadonlySet<string>; comments?: boolean } = {}): TexReading {
  const problems: string[] = [];
  const bad = text.match(UNREADABLE);
  if (bad) problems.push(`contains the invisible character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which TeX would not read as text`);
  // `^^` is TeX's byte notation (`^^5c` is a backslash): never needed in a resume, so never accepted.
  if (/\^\^/.test(text)) problems.push('contains "^^", which TeX reads as an escaped byte (it can spell a hidden command)');
  const tokens: TexToken[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (opts.special?.has(c)) { problems.push(`uses "${c}", which this resume's template gives a special meaning`); i++; continue; }
    // A "%" in an \href or \url address is a character to TeX, and what follows it on the line is read: so here too.
    if (c === '%' && opts.comments && !inAddress(text, i)) { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '\\') {
      let j = i + 1;
      if (j >= text.length) { tokens.push({ kind: 'char', char: '\\', cat: 'other', start: i, end: j }); break; }
      if (LETTER.test(text[j])) { while (j < text.length && LETTER.test(text[j])) j++; } else j++;
      const name = text.slice(i + 1, j);
      // Internal (`@`) commands only exist where the template made `@` a letter: never from a model.
      if (name.length > 1 && name.includes('@')) problems.push(`uses \\${name}, an internal command`);
      tokens.push({ kind: 'cs', name, start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'char', char: c, cat: CATS[c] ?? (/[A-Za-z]/.test(c) ? 'letter' : 'other'), start: i, end: i + 1 });
    i++;
  }
  return { tokens, problems };
}

const DEFAULT_CAT: Record<string, number> = { '\\': 0, '{': 1, '}': 2, $: 3, '&': 4, '#': 6, '^': 7, _: 8, ' ': 10, '~': 13, '%': 14 };
const defaultCat = (c: string) => DEFAULT_CAT[c] ?? (/[A-Za-z]/.test(c) ? 11 : 12);

/**
 * Printable characters whose meaning the master changed: `\catcode` assignments (by character
 * or code), short-verb and shorthand declarations. A model may not add them.
 */
export function specialCharacters(masterSource: string): Set<string> {
  const out = new Set<string>();
  for (const m of masterSource.matchAll(/\\catcode\s*(?:`\\?([\s\S])|(\d+)|"([0-9A-Fa-f]+))\s*=?\s*(\d+)/g)) {
    const ch = m[1] ?? String.fromCharCode(m[2] ? Number(m[2]) : parseInt(m[3], 16));
    if (Number(m[4]) !== defaultCat(ch) && ch >= ' ' && ch !== '@') out.add(ch);
  }
  for (const m of masterSource.matchAll(/\\(?:MakeShortVerb|DefineShortVerb|useshorthands\*?|defineshorthand|shorthandon)\s*\{?\s*\\?([^\s{}\\A-Za-z])/g)) out.add(m[1]);
  return out;
}
