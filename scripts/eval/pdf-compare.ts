// Comparing a PDF of Bespoke's with native TeX Live's, as the TeX evals do: the words pdftotext
// reads (as a multiset and in order) and the fonts pdffonts lists.
import { execFileSync } from 'node:child_process';
import { diffArrays } from 'diff';

/**
 * The words pdftotext reads, letters or digits in them: a bullet or an icon glyph is not a word
 * (native TeX Live 2022 here draws some bullets from bitmap fonts that read as U+0088, where the
 * bundle's cm-super reads "•"; neither is text an ATS looks for).
 */
export const words = (pdfPath: string): string[] =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] })
    .split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Pages of a native PDF as poppler counts them (pdf-lib cannot read some PDFs native xdvipdfmx
 * writes); NaN for a file that is no readable PDF (xdvipdfmx stopped half-way).
 */
export function pdfPages(pdfPath: string): number {
  try {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

/** Share of the native PDF's words that Bespoke's PDF has (as a multiset: reading order aside). */
export function wordMatch(native: string[], ours: string[]): number {
  if (native.length === 0) return ours.length === 0 ? 1 : 0;
  const have = new Map<string, number>();
  for (const w of ours) have.set(w, (have.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of native) {
    const n = have.get(w) ?? 0;
    if (n > 0) { same++; have.set(w, n - 1); }
  }
  return same / native.length;
}

/** Share of the native PDF's words that Bespoke's PDF has, in the same order. */
export function textMatch(native: string[], ours: string[]): number {
  if (native.length === 0) return ours.length === 0 ? 1 : 0;
  let same = 0;
  for (const part of diffArrays(native, ours)) if (!part.added && !part.removed) same += part.count ?? part.value.length;
  return same / native.length;
}

/** Font names pdffonts lists (subset prefixes like ABCDEF+ removed), sorted and unique. */
export function fontNames(pdfPath: string): string[] {
  const out = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return [...new Set(out.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!).filter(Boolean).map((n) => n.replace(/^[A-Z]{6}\+/, '')))].sort();
}
