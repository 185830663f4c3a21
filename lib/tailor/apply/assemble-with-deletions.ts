import type { Segmentation } from '../segment/types';

/**
 * Like `assemble`, but some bullets are removed whole (`deletions`: segment id → span that
 * covers the bullet's wrapper and text). Used only by page fitting.
 */
export function assembleWithDeletions(seg: Segmentation, replacements: ReadonlyMap<string, string>, deletions: ReadonlyMap<string, { start: number; end: number }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of seg.files) {
    const src = seg.sources[file];
    const pieces = seg.segments.filter((s) => s.file === file).map((s) => {
      const del = deletions.get(s.id);
      return del ? { start: del.start, end: del.end, text: '' } : { start: s.start, end: s.end, text: replacements.get(s.id) ?? s.text };
    }).sort((a, b) => a.start - b.start);
    let text = '';
    let pos = 0;
    for (const p of pieces) {
      if (p.start < pos) continue;
      text += src.slice(pos, p.start) + p.text;
      pos = p.end;
    }
    out[file] = text + src.slice(pos);
  }
  return out;
}
