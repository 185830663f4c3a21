import { lexiconMatchers } from '../keywords/analyse';
import { findHits } from '../keywords/match';

/** What the master says, prepared once per run for truthfulness checks. */
export interface MasterFacts {
  lower: string;
  numbers: Set<string>;
  skills: Set<string>;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const SENTENCE_START = /(^|[.!?:;•(]\s*|\n\s*)$/;

/** Collects the numbers, lexicon skills and words of the master's plain text. */
export function masterFacts(masterPlain: string): MasterFacts {
  const skills = new Set<string>();
  for (const m of lexiconMatchers()) if (findHits(m, masterPlain).length > 0) skills.add(m.entry.name);
  return { lower: masterPlain.toLowerCase(), numbers: new Set(masterPlain.match(NUMBER) ?? []), skills };
}

/**
 * A word family the master already has: "testing" is backed by "tested", "Dockerized" backs
 * "Docker", "collaboration" is backed by "collaborated". Short names (≤ 4 letters) need the
 * exact word, which the lexicon match already checked.
 */
function stemInMaster(term: string, facts: MasterFacts): boolean {
  const words = term.toLowerCase().split(/\s+/);
  // A multi-word term ("data analysis") is backed when each of its longer words is.
  if (words.length > 1) return words.every((w) => w.length <= 3 || wordStemInMaster(w, facts));
  return words[0].length > 4 && wordStemInMaster(words[0], facts);
}

function wordStemInMaster(word: string, facts: MasterFacts): boolean {
  const stem = word.slice(0, Math.max(4, word.length - 3)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem}`, 'u').test(facts.lower);
}

/**
 * The claims of a rewrite that appear nowhere in the master: numbers and percentages,
 * skills/tools/degrees/titles from the lexicon, and capitalised names (employers, products,
 * places) that are not at the start of a sentence. Each one needs the user's evidence.
 */
export function newClaims(newPlain: string, oldPlain: string, facts: MasterFacts): string[] {
  const claims = new Set<string>();
  for (const n of newPlain.match(NUMBER) ?? []) {
    if (!facts.numbers.has(n) && !oldPlain.includes(n)) claims.add(/%|percent/.test(newPlain.slice(newPlain.indexOf(n), newPlain.indexOf(n) + n.length + 9)) ? `${n}%` : n);
  }
  for (const m of lexiconMatchers()) {
    if (facts.skills.has(m.entry.name) || m.entry.category === 'soft') continue;
    if (findHits(m, newPlain).length > 0 && !stemInMaster(m.entry.name, facts)) claims.add(m.entry.name);
  }
  // Capitalised words joined by single spaces; dots only inside a name ("Node.js"), never a sentence end.
  for (const x of newPlain.matchAll(/\p{Lu}[\p{L}\p{N}&+'-]*(?:\.[\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}&+'-]*(?:\.[\p{L}\p{N}]+)*)*/gu)) {
    const before = newPlain.slice(0, x.index);
    if (SENTENCE_START.test(before)) continue;
    const name = x[0].replace(/[.'-]+$/, '');
    if (name.length < 2) continue;
    const words = name.split(/\s+/);
    // A name is new when some word of it (3+ letters) is nowhere in the master.
    if (words.some((w) => w.length >= 3 && !facts.lower.includes(w.toLowerCase()))) claims.add(name);
  }
  return [...claims];
}
