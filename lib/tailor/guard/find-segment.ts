import { latexToPlain } from '../segment/plain-text';
import type { Segment, Segmentation } from '../segment/types';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The segment whose text is `original` — the exact LaTeX of a bullet as in the .tex, spaces
 * and line breaks aside; failing that, the one whose printed text is the same. Null when
 * none or several match (an ambiguous text must not pick a line at random).
 */
export function segmentByText(seg: Segmentation, original: string): Segment | null {
  const want = squash(original);
  const exact = seg.segments.filter((s) => squash(s.text) === want);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return null;
  const plain = squash(latexToPlain(original));
  const printed = seg.segments.filter((s) => squash(s.plain) === plain);
  return printed.length === 1 ? printed[0] : null;
}
