/**
 * Low-level LaTeX scanning primitives on a string. Every function returns a position and
 * never throws: unbalanced input simply runs to the end of the string, so the segmenter can
 * keep going on odd files.
 */

/** Environments whose bodies are not TeX to us (their contents must never be scanned). */
export const VERBATIM_ENVS = new Set(['verbatim', 'verbatim*', 'lstlisting', 'minted', 'comment', 'Verbatim', 'filecontents', 'filecontents*']);

const LETTER = /[A-Za-z@]/;

/** A control sequence at `i` (which must be `\`): its name without the backslash and where it ends. */
export function readControlSequence(src: string, i: number): { name: string; end: number } {
  let j = i + 1;
  if (j >= src.length) return { name: '', end: j };
  if (!LETTER.test(src[j])) return { name: src[j], end: j + 1 };
  while (j < src.length && LETTER.test(src[j])) j++;
  const name = src.slice(i + 1, j);
  // A starred variant (`\section*`, `\cvskillentry*`) is one command to us.
  if (src[j] === '*') return { name: name + '*', end: j + 1 };
  return { name, end: j };
}

/**
 * Index of the newline ending the comment that starts at `i` (or the end of the string). A "%"
 * inside the address of `\href{…}` or `\url{…}` is no comment (hyperref reads the address as
 * it is: "R%C3%A9sum%C3%A9.pdf"): then only that character is passed, `i + 1`.
 */
export function commentEnd(src: string, i: number): number {
  if (inAddress(src, i)) return i + 1;
  const nl = src.indexOf('\n', i);
  return nl === -1 ? src.length : nl;
}

/** Whether `i` is inside the still open first group of an `\href` or `\url` on its line (where "%" is a character). */
export function inAddress(src: string, i: number): boolean {
  const lineStart = src.lastIndexOf('\n', i - 1) + 1;
  return /\\(?:href|url)\s*\{[^{}]*$/.test(src.slice(lineStart, i));
}

/** Skips `\verb|…|` starting at `i` (pointing at the backslash); returns the index after it. */
export function skipVerb(src: string, i: number): number {
  let j = i + 5;
  if (src[j] === '*') j++;
  const delim = src[j];
  if (!delim || delim === '\n') return j;
  const close = src.indexOf(delim, j + 1);
  const nl = src.indexOf('\n', j + 1);
  if (close === -1 || (nl !== -1 && nl < close)) return nl === -1 ? src.length : nl;
  return close + 1;
}

/**
 * With `i` at `{`, returns the index just after the matching `}` (escapes, comments and
 * `\verb` respected); the string's end when unbalanced.
 */
export function skipGroup(src: string, i: number, open = '{', close = '}'): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') {
      if (src.startsWith('\\verb', j) && !LETTER.test(src[j + 5] ?? '')) { j = skipVerb(src, j); continue; }
      j += 2;
      continue;
    }
    if (c === '%') { j = commentEnd(src, j); continue; }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return j + 1;
    } else if (open === '[' && c === '{') { j = skipGroup(src, j); continue; }
    j++;
  }
  return src.length;
}

/** With `i` at `[`, the index after the matching `]` (braces inside are skipped as groups). */
export function skipOptional(src: string, i: number): number {
  return skipGroup(src, i, '[', ']');
}

/** Skips spaces, tabs and single newlines (not a blank line, which is a paragraph break). */
export function skipSpaces(src: string, i: number, allowComments = false): number {
  let j = i;
  let newlines = 0;
  while (j < src.length) {
    const c = src[j];
    if (c === ' ' || c === '\t' || c === '\r') { j++; continue; }
    if (c === '\n') {
      if (newlines > 0) return j;
      newlines++; j++; continue;
    }
    if (c === '%' && allowComments) { j = commentEnd(src, j) + 1; newlines = 0; continue; }
    break;
  }
  return j;
}

/** True when a blank line (paragraph break) starts at the newline at `i`. */
export function isBlankLineAt(src: string, i: number): boolean {
  let j = i + 1;
  while (j < src.length && (src[j] === ' ' || src[j] === '\t' || src[j] === '\r')) j++;
  return src[j] === '\n';
}

/** With `i` at `$`, the index after the closing `$` / `$$` (end of string when unclosed). */
export function skipMath(src: string, i: number): number {
  const double = src[i + 1] === '$';
  let j = i + (double ? 2 : 1);
  while (j < src.length) {
    if (src[j] === '\\') { j += 2; continue; }
    if (src[j] === '$') return double && src[j + 1] === '$' ? j + 2 : j + 1;
    j++;
  }
  return src.length;
}

/** Where `\end{env}` for a verbatim-like environment starts after `from` (its end when missing). */
export function findEnvEnd(src: string, env: string, from: number): number {
  const idx = src.indexOf(`\\end{${env}}`, from);
  return idx === -1 ? src.length : idx;
}

/** Reads `{name}` after `\begin` / `\end` at `i` (spaces allowed); null when absent. */
export function readEnvName(src: string, i: number): { name: string; end: number } | null {
  const j = skipSpaces(src, i);
  if (src[j] !== '{') return null;
  const end = skipGroup(src, j);
  return { name: src.slice(j + 1, end - 1).trim(), end };
}
