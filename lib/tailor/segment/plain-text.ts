import { commentEnd, readControlSequence, skipGroup, skipOptional, skipSpaces } from './scanner';

const DROP_WITH_ARGS: Record<string, number> = {
  vspace: 1, 'vspace*': 1, hspace: 1, 'hspace*': 1, includegraphics: 1, label: 1, setlength: 2, addtolength: 2,
  color: 1, fontsize: 2, rule: 2, raisebox: 1, textcolor: 1, begin: 1, end: 1, cite: 1,
};
const WORDS: Record<string, string> = {
  LaTeX: 'LaTeX', TeX: 'TeX', ldots: '…', dots: '…', textbar: '|', textbullet: '•', textendash: '–',
  textemdash: '—', ie: 'i.e.', eg: 'e.g.', textasciitilde: '~', textdollar: '$', item: '\n• ', newline: '\n', par: '\n',
};

/**
 * What a reader sees of a LaTeX fragment: macros and braces removed, escapes resolved,
 * `\href{url}{text}` read as its text. Used for keywords, prompts and truthfulness checks.
 */
export function latexToPlain(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '%') { i = commentEnd(src, i); continue; }
    if (c === '{' || c === '}' || c === '$') { i++; continue; }
    if (c === '~') { out += ' '; i++; continue; }
    if (c === '-' && src.startsWith('---', i)) { out += '—'; i += 3; continue; }
    if (c === '-' && src.startsWith('--', i)) { out += '–'; i += 2; continue; }
    if (c === '`' || (c === "'" && src[i + 1] === "'")) { out += '"'; i += c === '`' && src[i + 1] === '`' ? 2 : c === "'" ? 2 : 1; continue; }
    if (c !== '\\') { out += c; i++; continue; }
    const cs = readControlSequence(src, i);
    i = cs.end;
    if (cs.name === '\\') { out += '\n'; continue; }
    if (cs.name.length === 1 && !/[A-Za-z]/.test(cs.name)) { out += ' ,;:!'.includes(cs.name) ? ' ' : '&%$_#{}'.includes(cs.name) ? cs.name : ''; continue; }
    if (cs.name === 'href') {
      const s = skipSpaces(src, i);
      if (src[s] === '{') i = skipGroup(src, s);
      continue;
    }
    const drop = DROP_WITH_ARGS[cs.name];
    if (drop !== undefined) {
      let j = skipSpaces(src, i);
      if (src[j] === '[') j = skipSpaces(src, skipOptional(src, j));
      for (let k = 0; k < drop && src[j] === '{'; k++) j = skipSpaces(src, skipGroup(src, j));
      i = j;
      continue;
    }
    if (cs.name in WORDS) out += WORDS[cs.name];
    else if (cs.name === 'url') { /* the URL text itself is what the reader sees */ }
  }
  return out.replace(/[ \t\r]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

/** Words (letters or digits) in a plain text. */
export function wordCount(plain: string): number {
  return (plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’+#.\-/]*/gu) ?? []).length;
}
