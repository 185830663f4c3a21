import { skipGroup } from '../segment/scanner';
import type { Segment, Segmentation } from '../segment/types';

/**
 * The span that removes a whole bullet: `\item …` (with its optional `[…]`) or a one-argument
 * bullet macro call `\resumeItem{…}`. Null when the bullet's wrapper is not that simple.
 */
export function bulletDeletionSpan(seg: Segmentation, s: Segment): { start: number; end: number } | null {
  const src = seg.sources[s.file];
  const before = src.slice(Math.max(0, s.start - 200), s.start);
  const item = before.match(/\\item(?:\[[^\]]*\])?\s*\{?\s*$/);
  if (item) {
    const start = s.start - item[0].length;
    const braced = item[0].trimEnd().endsWith('{');
    const end = braced ? skipGroup(src, start + item[0].lastIndexOf('{')) : s.end;
    return { start, end };
  }
  const macro = before.match(/\\[A-Za-z]+\s*\{\s*$/);
  if (macro) {
    const start = s.start - macro[0].length;
    const open = start + macro[0].lastIndexOf('{');
    const end = skipGroup(src, open);
    // Only a one-argument call: nothing but spaces may follow before the next command.
    if (end > s.end && /^\s*(\\|%|$)/.test(src.slice(end, end + 40))) return { start, end };
  }
  return null;
}
