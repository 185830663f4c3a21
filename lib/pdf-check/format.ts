import type { TextLayerReport } from './types';

/** "97.2%": the reads-as-written figure as people read it (floored, so 99.96% never shows as 100%). */
export function percent(share: number): string {
  return `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;
}

/** Whether a report meets the bar: at least 99% read as written, no icon junk, no split or joined words. */
export function readsWell(r: TextLayerReport): boolean {
  return r.readsAsWritten >= 0.99 && r.junkGlyphs === 0 && r.splitWords === 0 && r.joinedWords === 0;
}

/** The check as plain text: one figure per extractor, then the problems in plain words. */
export function formatReports(title: string, reports: TextLayerReport[]): string {
  const lines = [`${title}: reads as written ${reports.map((r) => `${percent(r.readsAsWritten)} (${r.extractor}, ${r.exact}/${r.words} words)`).join(' · ')}`];
  const seen = new Set<string>();
  for (const r of reports) {
    for (const p of r.problems) {
      const key = `${p.kind}:${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const where = p.pages.length ? ` (page ${p.pages.join(', ')})` : '';
      const examples = p.examples.length ? ` e.g. ${p.examples.map((e) => JSON.stringify(e)).join(', ')}` : '';
      lines.push(`  - ${p.message}${examples}${where} [${r.extractor}]`);
    }
  }
  if (lines.length === 1) lines.push('  no problems found');
  return lines.join('\n');
}
