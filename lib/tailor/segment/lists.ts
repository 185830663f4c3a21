import type { Segmentation, SegmentList } from './types';

/**
 * Whether the bytes between two bullets are pure structure (closing/opening braces, one
 * `\item` or one template macro, comments, spaces): then the two are siblings and their
 * texts can be swapped without moving anything else. A gap holding other words (a
 * sub-heading, a title argument) means the bullets belong to different entries.
 */
export function isSiblingGap(gap: string): boolean {
  const noComments = gap.replace(/(^|[^\\])%[^\n]*/g, '$1');
  if (/\\(begin|end|section|subsection|\\)|&/.test(noComments)) return false;
  const macros = noComments.match(/\\[A-Za-z]+\*?/g) ?? [];
  if (macros.length !== 1) return false;
  const rest = noComments.replace(/\\[A-Za-z]+\*?/, '').replace(/\[[^\]]*\]/, '');
  return /^[\s{}]*$/.test(rest);
}

/** Groups segments into reorderable lists and sets each segment's `listId`. */
export function groupLists(seg: Segmentation): SegmentList[] {
  const lists: SegmentList[] = [];
  let current: SegmentList | null = null;
  let prev: (typeof seg.segments)[number] | null = null;
  for (const s of seg.segments) {
    const joinable = current && prev && prev.kind === 'bullet' && s.kind === 'bullet' && prev.file === s.file
      && isSiblingGap(seg.sources[s.file].slice(prev.end, s.start));
    if (!joinable) {
      current = { id: `L${lists.length + 1}`, kind: s.kind, segmentIds: [] };
      lists.push(current);
    }
    current!.segmentIds.push(s.id);
    s.listId = current!.id;
    prev = s;
  }
  return lists;
}
