import data from './data/everyday-english.json';
import { stemOf } from './words';

/**
 * The 30,000 most frequent words of spoken English (see scripts/guard/build-everyday-english.ts).
 * Models reword with ordinary words ("approximately", "aboard", "handled", "chose"): a
 * closed list of resume verbs cannot hold them all, and each one it missed was a false alarm.
 * A word of this list is paraphrase unless another check reads it as a claim (roles, scope,
 * credentials, known tools and practices run first) or it is capitalised inside a sentence,
 * where "Spark" or "Rust" are names.
 */
let families: Set<string> | null = null;

function load(): Set<string> {
  // Built on first use: stemming 30,000 words takes a few milliseconds, only once per worker.
  families ??= new Set(data.words.split(' ').flatMap((w) => [w, stemOf(w)]));
  return families;
}

/** Whether a lower-case word (or each part of a hyphenated one) is everyday English. */
export function isEverydayEnglish(lower: string): boolean {
  const set = load();
  const parts = lower.replace(/['’]s$/, '').split(/[-/]/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => /^[a-z]+$/.test(p) && (set.has(p) || set.has(stemOf(p))));
}
