/** SkillSpan CoNLL files (token, skill BIO tag, knowledge BIO tag; sentences split by blank lines). */
import { readFileSync } from 'node:fs';

export interface Sentence { text: string; tokens: { start: number; end: number }[]; skill: [number, number][]; knowledge: [number, number][] }

/** BIO tags into [first, last] token ranges. */
export function spans(tags: string[]): [number, number][] {
  const out: [number, number][] = [];
  tags.forEach((t, i) => {
    if (t.startsWith('B')) out.push([i, i]);
    else if (t.startsWith('I') && out.length && out[out.length - 1][1] === i - 1) out[out.length - 1][1] = i;
    else if (t.startsWith('I')) out.push([i, i]);
  });
  return out;
}

export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block.split('\n').filter(Boolean).map((l) => l.split('\t'));
    if (!rows.length) continue;
    let text = '';
    const tokens = rows.map(([w]) => {
      const start = text.length ? text.length + 1 : 0;
      text += (text.length ? ' ' : '') + w;
      return { start, end: start + w.length };
    });
    out.push({ text, tokens, skill: spans(rows.map((r) => r[1] ?? 'O')), knowledge: spans(rows.map((r) => r[2] ?? 'O')) });
  }
  return out;
}

