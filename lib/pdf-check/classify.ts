import type { SourceWords } from './source-words';
import { LIGATURE, LOOSE_ACCENT, normWord, PRIVATE_USE } from './tokens';

/** One token as read, where it was read. */
export interface ReadToken {
  raw: string;
  norm: string;
  page: number;
  line: number;
  /** Last token of its line (a hyphen there may be a line-end break). */
  lineEnd: boolean;
}

export type Verdict = 'exact' | 'junk' | 'split' | 'joined' | 'ligature' | 'accent' | 'hyphenation' | 'misread';

/**
 * Words TeX and bibliography styles print that no source file writes: dates (\\today, .bst
 * month macros), in English and in the languages babel/polyglossia templates here are set in
 * (German, French, Spanish, Portuguese, Italian, Dutch; Russian in the genitive, as dates use it).
 */
const GENERATED = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  // What English bibliography styles print around a .bib entry's fields (biblatex's english.lbx
  // strings, IEEE's "[Online]. Available:"): "vol. 12", "pp. 3–9", "In: Proceedings", "doi: …".
  'vol', 'vols', 'no', 'pp', 'p', 'ed', 'eds', 'edn', 'trans', 'chap', 'in', 'et', 'al', 'thesis', 'tech', 'rep',
  'online', 'available', 'doi', 'issn', 'isbn', 'url', 'visited', 'accessed', 'pages', 'volume', 'edition',
]);

/** Longest run of tokens tried when looking for a word set with its letters apart ("E D U C A T I O N"). */
const MAX_PIECES = 12;

/**
 * Decides, for each word token, whether it reads as the source writes it and, if not, why.
 * Multi-letter words may match anywhere in the project's vocabulary; single letters must be
 * accounted for by the document's own words (an icon font's "I" or "z" is not).
 */
export function classifyTokens(tokens: ReadToken[], source: SourceWords): Verdict[] {
  const left = new Map(source.counts);
  const inVocabulary = (w: string): boolean => w.length > 0 && (source.vocabulary.has(w) || /^\d{1,4}$/.test(w) || GENERATED.has(w));
  const known = (w: string): boolean => inVocabulary(w) || linkKnown(w, inVocabulary) || piecesKnown(w, inVocabulary);
  const take = (w: string): boolean => {
    const n = left.get(w) ?? 0;
    if (n > 0) { left.set(w, n - 1); return true; }
    // Digits stand alone in scales and dates; a lone letter must be one the document writes.
    return (w.length > 1 || /^\d$/.test(w)) && known(w);
  };
  const hyphenLost = new Set([...source.vocabulary].filter((w) => /\p{L}-\p{L}/u.test(w)).map((w) => w.replace(/-/g, '')));
  const out: Verdict[] = new Array(tokens.length).fill('misread');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A word broken at a line end: "develop-" + "ment" (hyphenation) or "full-" + "stack" (a real hyphen).
    const next = tokens[i + 1];
    if (t.lineEnd && /-$/.test(t.raw) && next) {
      const joined = normWord(t.raw.replace(/-$/, '') + next.raw);
      const hyphened = normWord(t.raw + next.raw);
      if (known(hyphened) && !known(t.norm)) { out[i] = 'exact'; out[i + 1] = 'exact'; i++; continue; }
      if (known(joined) && !known(t.norm)) { out[i] = 'hyphenation'; out[i + 1] = 'hyphenation'; i++; continue; }
    }
    if (take(t.norm)) { out[i] = 'exact'; continue; }
    // An initial ("E. H. Smith"): bibliography styles abbreviate the names a .bib file writes.
    if (/^\p{Lu}[.,]+$/u.test(t.raw)) { out[i] = 'exact'; continue; }
    if (PRIVATE_USE.test(t.raw)) { out[i] = 'junk'; continue; }
    if (LIGATURE.test(t.raw)) { out[i] = 'ligature'; continue; }
    if (LOOSE_ACCENT.test(t.raw) || (next && LOOSE_ACCENT.test(next.raw[0] ?? ''))) { out[i] = 'accent'; continue; }
    const pieces = splitRun(tokens, i, known);
    if (pieces > 1) { for (let k = i; k < i + pieces; k++) { out[k] = 'split'; } i += pieces - 1; continue; }
    if ([...t.norm].length === 1) { out[i] = 'junk'; continue; }
    // "multicloud" where the source writes "multi-cloud": the line broke at the hyphen and the
    // extractor, taking it for a hyphenation, dropped it. Spacing is right; the hyphen is lost.
    if (hyphenLost.has(t.norm)) { out[i] = 'hyphenation'; continue; }
    if (joinedWords(t.norm, known)) { out[i] = 'joined'; continue; }
  }
  return out;
}

/** A link as a template's ActualText gives it: a known prefix ("mailto:", "https://x.com/") and a known rest. */
function linkKnown(w: string, known: (w: string) => boolean): boolean {
  if (!/[:/]/.test(w)) return false;
  for (let k = 1; k < w.length; k++) {
    if ((w[k - 1] === '/' || w[k - 1] === ':') && known(w.slice(k)) && (known(w.slice(0, k)) || /^(mailto|tel):$|^https?:\/\/$/.test(w.slice(0, k)))) return true;
  }
  return /^https?:\/\/www\./.test(w) && known(w.replace(/^https?:\/\//, ''));
}

/** A token with inner punctuation ("5[4]", "rabbits/5") whose every piece the source writes. */
function piecesKnown(w: string, known: (w: string) => boolean): boolean {
  const pieces = w.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  return pieces.length > 1 && pieces.every(known);
}

/** How many tokens from `i` on (2…MAX_PIECES, same line) spell one source word together; 0 when none do. */
function splitRun(tokens: ReadToken[], i: number, known: (w: string) => boolean): number {
  let acc = tokens[i].norm;
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_PIECES); k++) {
    if (tokens[k].page !== tokens[i].page || tokens[k].line !== tokens[i].line) break;
    acc += tokens[k].norm;
    if (acc.length >= 3 && known(acc)) return k - i + 1;
  }
  return 0;
}

/** Whether a token is two or more source words run together ("JohnDoe", "Pythonand"). */
function joinedWords(w: string, known: (w: string) => boolean): boolean {
  if (w.length < 4 || w.length > 60 || !/\p{L}/u.test(w)) return false;
  // can[k]: the first k characters split into known words of two letters or more.
  const can: number[] = [0];
  for (let k = 1; k <= w.length; k++) {
    for (let j = Math.max(0, k - 30); j <= k - 2; j++) {
      if (can[j] !== undefined && known(w.slice(j, k))) { can[k] = (can[j] ?? 0) + 1; break; }
    }
  }
  return (can[w.length] ?? 0) >= 2;
}
