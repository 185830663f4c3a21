import type { PostingKeyword } from '../keywords/analyse';
import { compileEntry, findHits, type EntryMatcher } from '../keywords/match';
import { LEXICON } from '../keywords/lexicon';
import { scoreText } from '../score/score';
import { latexToPlain } from '../segment/plain-text';
import type { Segmentation } from '../segment/types';
import type { EditProposal, ReorderProposal } from '../types';
import { parseList, renderList } from './skills-order';

export interface OfflinePlan {
  edits: EditProposal[];
  reorders: ReorderProposal[];
  /** A new order of the main file's sections, only when it changes something. */
  sectionOrder?: string[];
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
 * Sections ordered by relevance (the weights of the distinct posting keywords each contains,
 * `\input` files counted with the section they sit in); ties keep their order, so sections
 * with nothing relevant stay in place relative to each other. Kept only when the match score
 * of the sections' plain text in the new order is higher (a section with many keywords can
 * push down the only mention of another), so it never lowers the score's estimate.
 * Undefined when nothing moves.
 */
function planSectionOrder(seg: Segmentation, keywords: PostingKeyword[], score: (plain: string) => number): string[] | undefined {
  const spans = seg.sectionSpans;
  if (spans.length < 2) return undefined;
  const main = seg.sources[seg.mainFile] ?? '';
  const plains = spans.map((sp) => [
    latexToPlain(main.slice(sp.start, sp.end)),
    ...seg.segments.filter((x) => x.file !== seg.mainFile && x.section === sp.title).map((x) => x.plain),
  ].join('\n'));
  const order = orderByScore(plains.map(score));
  if (order.every((v, i) => v === i)) return undefined;
  const estimate = (idx: number[]) => scoreText(keywords, idx.map((i) => plains[i]).join('\n')).score;
  return estimate(order) > estimate(spans.map((_, i) => i)) ? order.map((i) => spans[i].id) : undefined;
}

/**
 * The offline tailor (no key, no network): moves the sections, bullets and skills most
 * relevant to the posting toward the top — sections by relevance, bullets to the top of each
 * list, matching skills to the front of each skills line — because recruiters and the match
 * score's prominence part read top-down. It never changes a word, so it needs no
 * truthfulness review.
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
  const sectionOrder = planSectionOrder(seg, keywords, score);
  return sectionOrder ? { edits, reorders, sectionOrder } : { edits, reorders };
}
