import type { PostingKeyword } from '../keywords/analyse';
import { compileEntry, findHits, type EntryMatcher } from '../keywords/match';
import { LEXICON } from '../keywords/lexicon';
import { latexToPlain } from '../segment/plain-text';
import type { Segmentation } from '../segment/types';
import type { EditProposal, ReorderProposal } from '../types';
import { parseList, renderList } from './skills-order';

export interface OfflinePlan {
  edits: EditProposal[];
  reorders: ReorderProposal[];
}

/** Relevance of a piece of text to the posting: 3 per must-have keyword in it, 1 per nice-to-have. */
export function relevanceScorer(keywords: PostingKeyword[]): (plain: string) => number {
  const byName = new Map(LEXICON.map((e) => [e.name, e]));
  const matchers: [EntryMatcher, number][] = keywords.map((k) => [compileEntry(byName.get(k.term) ?? { name: k.term, aliases: k.aliases, category: k.category }), k.importance === 'must' ? 3 : 1]);
  return (plain) => matchers.reduce((sum, [m, w]) => sum + (findHits(m, plain).length > 0 ? w : 0), 0);
}

/** Indices sorted by descending score; ties keep their original order (a stable sort). */
function orderByScore(scores: number[]): number[] {
  return scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
}

/**
 * The offline tailor (no key, no network): moves the bullets most relevant to the posting to
 * the top of each list and the matching skills to the front of each skills line. It never
 * changes a word, so it needs no truthfulness review.
 */
export function planOffline(seg: Segmentation, keywords: PostingKeyword[]): OfflinePlan {
  const score = relevanceScorer(keywords);
  const byId = new Map(seg.segments.map((s) => [s.id, s]));
  const reorders: ReorderProposal[] = [];
  for (const list of seg.lists) {
    if (list.kind !== 'bullet' || list.segmentIds.length < 2) continue;
    const order = orderByScore(list.segmentIds.map((id) => score(byId.get(id)!.plain)));
    if (order.some((v, i) => v !== i)) reorders.push({ listId: list.id, order: order.map((i) => list.segmentIds[i]) });
  }
  const edits: EditProposal[] = [];
  for (const s of seg.segments) {
    if (s.kind !== 'skills') continue;
    const layout = parseList(s.text);
    if (!layout) continue;
    const order = orderByScore(layout.items.map((it) => score(latexToPlain(it))));
    if (order.every((v, i) => v === i)) continue;
    edits.push({ segmentId: s.id, newText: renderList(layout, order), reason: 'Moved the skills the posting asks for to the front.', keywordsAdded: [] });
  }
  return { edits, reorders };
}
