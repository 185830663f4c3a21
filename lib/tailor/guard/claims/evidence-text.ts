import { stemmerFor } from '../../keywords/taxonomy/stem';
import type { GuardLanguage } from './resume-language';
import { spells } from './acronyms';
import { quantitiesIn, type Quantity } from './numbers';
import { stemOf, wordsOf, type Word } from './words';

/**
 * What the evidence of one edit says, indexed for the checks: its words (surface forms,
 * stems and case-sensitive forms for acronyms), its quantities, and the initials of its word
 * runs (so "TPU" is backed by "Tensor Processing Units").
 */
export interface Evidence {
  text: string;
  lower: string;
  words: Word[];
  forms: Set<string>;
  stems: Set<string>;
  /** Case-sensitive forms ("REST", "ETL"), for acronyms. */
  raw: Set<string>;
  /** The cited lines alone: how much of the work was the person's is read from them, not from headings or skills. */
  cited: { text: string; words: Word[]; stems: Set<string> };
  /** Numbers of the cited lines and confirmed facts: a same value backs a number. */
  quantities: Quantity[];
  /** Numbers of the shared text (headings, skills): back a number only with the same unit ("5000 lines" does not back "5000 applicants"). */
  sharedQuantities: Quantity[];
  /** The resume's language: other languages add their own stems, everyday words and claim words. */
  lang: GuardLanguage;
  /** Snowball stems of the evidence words in that language ("beheer" and "beheren" meet); empty for English, which has `stems`. */
  langStems: Set<string>;
}

// A framework backs the layer it is used for: a Flask app has a backend, a React app a frontend.
const IMPLIES: [RegExp, string[]][] = [
  [/\b(flask|django|fastapi|express|rails|spring|laravel|node\.js|nodejs|koa|play)\b/, ['backend', 'back-end', 'server-side']],
  [/\b(react|vue|angular|svelte|backbone|jquery|ember)\b/, ['frontend', 'front-end', 'client-side']],
  [/\bfull[- ]?stack\b/, ['backend', 'back-end', 'frontend', 'front-end']],
];

// Unit abbreviations back their spelled-out words ("100PB" backs "petabytes").
const UNITS: Record<string, string[]> = {
  kb: ['kilobyte'], mb: ['megabyte'], gb: ['gigabyte'], tb: ['terabyte'], pb: ['petabyte'], eb: ['exabyte'],
  ms: ['millisecond'], qps: ['queries', 'second'], rps: ['requests', 'second'], k: ['thousand'], m: ['million'], bn: ['billion'],
};

/** Indexes the evidence texts (plain text, as printed): `cited` lines and `shared` text (headings, skills). */
export function evidenceOf(cited: readonly string[], shared: readonly string[] = [], lang: GuardLanguage = 'en'): Evidence {
  const text = [...cited, ...shared].filter(Boolean).join('\n');
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  const forms = new Set<string>();
  const stems = new Set<string>();
  const raw = new Set<string>();
  const add = (w: string) => { forms.add(w); stems.add(stemOf(w)); };
  for (const w of words) {
    add(w.lower);
    raw.add(w.raw);
    // Compounds count by their parts too: "backbone.js-like" backs "Backbone.js" and "like".
    for (const part of w.lower.split(/[-/.]/)) if (part) add(part);
    for (const part of w.raw.split(/[-/.]/)) if (part) raw.add(part);
    for (const unit of UNITS[w.lower.replace(/^[\d.,]+/, '')] ?? []) add(unit);
  }
  for (const [re, implied] of IMPLIES) if (re.test(lower)) implied.forEach(add);
  const citedText = cited.filter(Boolean).join('\n');
  const citedWords = wordsOf(citedText);
  const citedStems = new Set(citedWords.flatMap((w) => [w.stem, ...w.lower.split(/[-/.]/).filter(Boolean).map(stemOf)]));
  const langStems = new Set<string>();
  if (lang !== 'en') for (const f of forms) langStems.add(stemmerFor(lang)(f));
  return { text, lower, words, forms, stems, raw, cited: { text: citedText, words: citedWords, stems: citedStems }, quantities: quantitiesIn(cited.join('\n')), sharedQuantities: quantitiesIn(shared.join('\n')), lang, langStems };
}

/** True when the evidence has this word, as written or in its word family. */
export function hasWord(ev: Evidence, lower: string): boolean {
  if (ev.forms.has(lower) || ev.stems.has(stemOf(lower))) return true;
  const parts = lower.split(/[-/.]/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => ev.forms.has(p) || ev.stems.has(stemOf(p)));
}

/** True when the cited lines alone have this word (or, for "large-scale", each of its parts). */
export function citedHasWord(ev: Evidence, lower: string): boolean {
  if (ev.cited.stems.has(stemOf(lower))) return true;
  const parts = lower.split(/[-/.]/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => ev.cited.stems.has(stemOf(p)));
}

/** Edit distance of at most one (one letter added, dropped or changed). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return i >= Math.min(a.length, b.length) || tail(a, b);
}

/**
 * True when the evidence has this word or one spelled a letter apart: models fix the
 * person's typos ("appartments" → "apartments", "sciencies" → "sciences"). Long words only,
 * same first letter, so "React" is never "Reach" and "Java" never "Lava".
 */
export function hasWordOrTypo(ev: Evidence, lower: string): boolean {
  if (hasWord(ev, lower)) return true;
  if (lower.length < 6) return false;
  for (const f of ev.forms) if (f.length >= 5 && f[0] === lower[0] && withinOneEdit(f, lower)) return true;
  return false;
}

const sortedLetters = (w: string) => [...w].sort().join('');

/**
 * Also a word whose letters the evidence has in another order, the first one kept ("Python" for
 * the resume's "Phyton"): the letters typed in the wrong order, which a rewrite corrects.
 */
export function hasWordOrLetterSwap(ev: Evidence, lower: string): boolean {
  if (hasWordOrTypo(ev, lower)) return true;
  if (lower.length < 5) return false;
  const letters = sortedLetters(lower);
  for (const f of ev.forms) if (f.length === lower.length && f[0] === lower[0] && sortedLetters(f) === letters) return true;
  return false;
}

/**
 * True when some run of the evidence's words has these initials ("TPU" ← "Tensor Processing
 * Units", "CI/CD" ← "continuous integration … continuous delivery" is not attempted).
 */
export function hasExpansion(ev: Evidence, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return false;
  const runs = (words: readonly Word[], test: (run: Word[]) => boolean) => {
    const initials = words.map((w) => w.lower[0]).join('');
    for (let i = initials.indexOf(letters); i !== -1; i = initials.indexOf(letters, i + 1)) if (test(words.slice(i, i + letters.length))) return true;
    return false;
  };
  // A run written as a name backs its acronym anywhere; a short lower-case run only in the cited
  // lines: across a whole resume some three words always start with "p", "m", "p".
  const named = (run: Word[]) => run.every((w) => /^\p{Lu}/u.test(w.raw));
  // Acronyms skip the small words of a name: "Information and Communication Technologies" is ICT;
  // and read each part of a hyphenated word: "high-performance computing" is HPC, "Urbana-Champaign" UC.
  const parts = (ws: readonly Word[]) => ws.flatMap((w) => (/[-/]/.test(w.raw) ? w.raw.split(/[-/]/).filter(Boolean).map((raw) => ({ ...w, raw, lower: raw.toLowerCase() })) : [w]));
  const all = parts(ev.words);
  const big = all.filter((w) => !SMALL_WORDS.has(w.lower));
  // In a resume not in English the cited lines may write it in their own word order: "intégration continue" is CI.
  const translated = () => {
    const ws = parts(ev.cited.words).filter((w) => !SMALL_WORDS.has(w.lower) && w.lower.length > 2);
    const want = [...letters].sort().join('');
    return ws.some((_, i) => i + letters.length <= ws.length && ws.slice(i, i + letters.length).map((w) => w.lower.normalize('NFD')[0]).sort().join('') === want);
  };
  // In German and Dutch, whose compounds hold several letters of an acronym: a run of the cited
  // lines that spells it ("speicherprogrammierbare Steuerungen" is SPS). Not in English, where a
  // word's inner letters spell too much by chance ("computations and differentiation" would be CUDA).
  const spelled = () => {
    if (ev.lang !== 'de' && ev.lang !== 'nl') return false;
    const ws = parts(ev.cited.words);
    return ws.some((w, i) => w.lower[0] === letters[0] && [1, 2, 3, 4, 5, 6].some((n) => i + n <= ws.length && spells(ws.slice(i, i + n).map((x) => x.raw), letters, ev.lang !== 'en')));
  };
  // A name whose small words give a letter or none: "Université du Québec à Montréal" is UQAM, "Department of Defense" DoD.
  const namedSpelled = () => all.some((w, i) => w.lower.normalize('NFD')[0] === letters[0] && /^\p{Lu}/u.test(w.raw) && [2, 3, 4, 5, 6, 7].some((n) => {
    const run = all.slice(i, i + n);
    return run.length === n && /^\p{Lu}/u.test(run.at(-1)!.raw) && run.every((x) => /^\p{Lu}/u.test(x.raw) || x.lower.length <= 3) && initialsSpell(run, letters);
  }));
  // Three capitals' worth of initials turn up by chance in a whole resume ("Scientific Advisory Service" is no SAS tool): short acronyms only from the cited lines.
  const cited = parts(ev.cited.words);
  const citedBig = cited.filter((w) => !SMALL_WORDS.has(w.lower));
  const named3 = letters.length <= 3 ? runs(cited, named) || runs(citedBig, named) : runs(all, named) || runs(big, named);
  return named3 || (letters.length > 3 && namedSpelled()) || (letters.length <= 3 && runs(parts(ev.cited.words), () => true)) || (ev.lang !== 'en' && letters.length <= 3 && translated()) || (letters.length >= 3 && spelled());
}

const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', '&']);

/** Whether a name's initials give the letters, each capitalised word its first letter and each small word its first letter or none. */
function initialsSpell(run: readonly Word[], letters: string): boolean {
  const go = (i: number, li: number): boolean => {
    if (i === run.length) return li === letters.length;
    const first = run[i].lower.normalize('NFD')[0];
    const small = !/^\p{Lu}/u.test(run[i].raw);
    return (first === letters[li] && go(i + 1, li + 1)) || (small && go(i + 1, li));
  };
  return go(0, 0);
}
