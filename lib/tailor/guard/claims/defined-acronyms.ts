import { spells } from './acronyms';
import { hasWord, type Evidence } from './evidence-text';
import type { Word } from './words';

/** A word written as an acronym: "RTOS", "CI/CD", "APIs". */
export const ACRONYM = /^[A-Z][A-Z0-9&/]*[A-Z0-9]s?$/;

/**
 * Acronyms the rewrite defines beside words the evidence has: "real time operating systems" →
 * "Real-time operating system (RTOS)", "electrocardiograms" → "electrocardiogram (ECG)",
 * "RTOS (real-time operating system)". Naming a backed thing by its initials adds no fact.
 */
export function definedAcronyms(words: Word[], text: string, ev: Evidence): number[] {
  const out: number[] = [];
  const gap = (a: number, b: number) => text.slice(words[a].index + words[a].raw.length, words[b].index);
  const backedRun = (from: number, to: number, letters: string) =>
    from >= 0 && to <= words.length && from < to
    && words.slice(from, to).every((w, k) => (k === 0 || /^[\s-]+$/.test(gap(from + k - 1, from + k))) && hasWord(ev, w.lower))
    && spells(words.slice(from, to).map((w) => w.raw), letters, ev.lang !== 'en');
  words.forEach((w, i) => {
    if (!ACRONYM.test(w.raw)) return;
    const letters = w.raw.replace(/[^A-Za-z]/g, '').toLowerCase();
    if (letters.length < 2) return;
    const before = i > 0 ? gap(i - 1, i) : '';
    const after = i + 1 < words.length ? gap(i, i + 1) : text.slice(w.index + w.raw.length);
    // "expansion (ACR)": the run ends right before the parenthesis.
    if (/^\s*\(\s*$/.test(before) && /^\s*[),;]/.test(after) && [1, 2, 3, 4, 5, 6].some((n) => backedRun(i - n, i, letters))) out.push(i);
    // "ACR (expansion)": the run starts right after it.
    else if (/^\s*\(\s*$/.test(after) && [1, 2, 3, 4, 5, 6].some((n) => backedRun(i + 1, i + 1 + n, letters) && /^\s*\)/.test(text.slice(words[i + n].index + words[i + n].raw.length)))) out.push(i);
  });
  return out;
}
