import type { Segmentation } from '../segment/types';

type Span = { start: number; end: number };

/** Assembles `src[from, to)` with the segments inside it replaced or deleted. */
function assembleRange(seg: Segmentation, file: string, from: number, to: number, replacements: ReadonlyMap<string, string>, deletions: ReadonlyMap<string, Span>): string {
  const src = seg.sources[file];
  const pieces = seg.segments.filter((s) => s.file === file && s.start >= from && s.end <= to).map((s) => {
    const del = deletions.get(s.id);
    return del ? { start: del.start, end: del.end, text: '' } : { start: s.start, end: s.end, text: replacements.get(s.id) ?? s.text };
  }).sort((a, b) => a.start - b.start);
  let text = '';
  let pos = from;
  for (const p of pieces) {
    if (p.start < pos) continue;
    text += src.slice(pos, p.start) + p.text;
    pos = p.end;
  }
  return text + src.slice(pos, to);
}

/**
 * Like `assemble`, with two extras used by the pipeline: some bullets removed whole
 * (`deletions`: segment id → span covering the bullet's wrapper and text, from page fitting),
 * and the main file's sections in a new order (`sectionOrder`: section ids).
 */
export function assembleWithDeletions(seg: Segmentation, replacements: ReadonlyMap<string, string>, deletions: ReadonlyMap<string, Span> = new Map(), sectionOrder: readonly string[] | null = null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of seg.files) {
    const src = seg.sources[file];
    const spans = seg.sectionSpans;
    if (file !== seg.mainFile || !sectionOrder || spans.length === 0) {
      out[file] = assembleRange(seg, file, 0, src.length, replacements, deletions);
      continue;
    }
    const byId = new Map(spans.map((s) => [s.id, s]));
    const first = spans[0].start;
    const last = spans[spans.length - 1].end;
    out[file] = assembleRange(seg, file, 0, first, replacements, deletions)
      + sectionOrder.map((id) => { const s = byId.get(id)!; return assembleRange(seg, file, s.start, s.end, replacements, deletions); }).join('')
      + assembleRange(seg, file, last, src.length, replacements, deletions);
  }
  return out;
}
