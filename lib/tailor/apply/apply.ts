import type { Segmentation } from '../segment/types';
import type { EditRecord, ReorderProposal } from '../types';
import { assemble } from './assemble';

/**
 * The replacement text of every changed segment: applied edits first, then reorderings
 * (position i of a list takes the — possibly edited — text of `order[i]`).
 */
export function buildReplacements(seg: Segmentation, edits: EditRecord[], reorders: ReorderProposal[] = []): Map<string, string> {
  const edited = new Map(edits.filter((e) => e.status === 'applied').map((e) => [e.segmentId, e.newText]));
  const textOf = (id: string) => edited.get(id) ?? seg.segments.find((s) => s.id === id)?.text ?? '';
  const out = new Map(edited);
  for (const r of reorders) {
    const list = seg.lists.find((l) => l.id === r.listId);
    if (!list) continue;
    list.segmentIds.forEach((pos, i) => {
      const from = r.order[i];
      if (from !== pos) out.set(pos, textOf(from));
    });
  }
  return out;
}

/** Applies edits and reorderings to the original sources by exact spans. */
export function applyEdits(seg: Segmentation, edits: EditRecord[], reorders: ReorderProposal[] = []): Record<string, string> {
  return assemble(seg, buildReplacements(seg, edits, reorders));
}
