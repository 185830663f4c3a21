import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import type { CompileResult } from '@/lib/tex/types';
import { buildShortenMessages, TailorPlanSchema } from '@/prompts/index';
import type { GuardContext } from '../guard/guard';
import { relevanceScorer } from '../offline/offline-tailor';
import type { PostingKeyword } from '../keywords/analyse';
import { latexToPlain, wordCount } from '../segment/plain-text';
import type { EditRecord } from '../types';
import { bulletDeletionSpan } from './delete-bullet';
import { guardShortenings } from './shorten-guard';

export interface FitInput {
  guard: GuardContext;
  keywords: PostingKeyword[];
  target: number;
  edits: EditRecord[];
  /** Compiles the project as it stands (current edits), minus the given deleted bullets. */
  compile: (deletions: Map<string, { start: number; end: number }>) => Promise<CompileResult>;
  llm?: { client: LlmClient; signal?: AbortSignal; addUsage: (u: TokenUsage) => void };
  onNote?: (msg: string) => void;
  warnings: string[];
  /** The LaTeX that will be printed at a segment's position (after edits and reorderings). */
  textAt?: (segmentId: string) => string;
}

export interface FitOutcome {
  result: CompileResult;
  deletions: Map<string, { start: number; end: number }>;
}

/**
 * Brings the page count down to the target: one LLM shortening round (when a model is
 * configured), then deterministic steps — revert the edits that lengthened text, least
 * relevant first, then remove the least relevant bullets (doubling how many each try).
 */
export async function fitToPages(input: FitInput, current: CompileResult): Promise<FitOutcome> {
  const none = new Map<string, { start: number; end: number }>();
  if (!current.ok || current.pages <= input.target) return { result: current, deletions: none };
  const relevance = relevanceScorer(input.keywords);
  const segs = new Map(input.guard.seg.segments.map((s) => [s.id, s]));
  let result = current;

  if (input.llm) {
    try {
      await shortenRound(input, result.pages);
      input.onNote?.('recompiling after shortening');
      result = await input.compile(none);
      if (result.ok && result.pages <= input.target) return { result, deletions: none };
    } catch (err) {
      input.warnings.push(`The shortening round failed (${err instanceof Error ? err.message : String(err)}); trimming instead.`);
    }
  }

  const lengthening = input.edits
    .filter((e) => e.status === 'applied' && wordCount(latexToPlain(e.newText)) > wordCount(latexToPlain(e.oldText)))
    .sort((a, b) => relevance(latexToPlain(a.newText)) - relevance(latexToPlain(b.newText)));
  // Revert the least relevant lengthening edits first, doubling how many until the pages fit.
  for (let k = 1; lengthening.length > 0; k = Math.min(k * 2, lengthening.length)) {
    for (const e of lengthening.slice(0, k)) {
      if (e.status !== 'applied') continue;
      e.status = 'dropped';
      e.issues.push({ code: 'too-long', message: `Reverted to keep the resume within ${input.target} page(s).` });
    }
    input.onNote?.(`reverted ${k} lengthening edit(s)`);
    result = await input.compile(none);
    if (result.ok && result.pages <= input.target) return { result, deletions: none };
    if (k === lengthening.length) break;
  }

  const listSize = new Map<string, number>();
  for (const s of segs.values()) listSize.set(s.listId, (listSize.get(s.listId) ?? 0) + 1);
  const candidates = [...segs.values()]
    .filter((s) => s.kind === 'bullet' && (listSize.get(s.listId) ?? 0) >= 2)
    // Judge each position by what will be printed there: a reordering moves texts between positions.
    .map((s) => { const text = input.textAt?.(s.id) ?? s.text; return { s, span: bulletDeletionSpan(input.guard.seg, s), rel: relevance(latexToPlain(text)), len: text.length }; })
    .filter((c) => c.span !== null)
    .sort((a, b) => a.rel - b.rel || b.len - a.len);
  for (let k = 1; k <= candidates.length; k = Math.min(k * 2, candidates.length)) {
    const perList = new Map<string, number>();
    const chosen = new Map<string, { start: number; end: number }>();
    for (const c of candidates) {
      if (chosen.size >= k) break;
      const used = perList.get(c.s.listId) ?? 0;
      if (used + 1 >= (listSize.get(c.s.listId) ?? 0)) continue; // keep at least one bullet per list
      perList.set(c.s.listId, used + 1);
      chosen.set(c.s.id, c.span!);
    }
    input.onNote?.(`removing ${chosen.size} least relevant bullet(s)`);
    const trial = await input.compile(chosen);
    if (trial.ok && trial.pages <= input.target) {
      input.warnings.push(`Removed ${chosen.size} least relevant bullet(s) to fit ${input.target} page(s): ${[...chosen.keys()].join(', ')}.`);
      return { result: trial, deletions: chosen };
    }
    if (k === candidates.length || chosen.size < k) break;
  }
  input.warnings.push(`Could not fit the resume within ${input.target} page(s); it has ${result.pages}.`);
  return { result, deletions: none };
}

async function shortenRound(input: FitInput, pages: number): Promise<void> {
  const { client, signal, addUsage } = input.llm!;
  const current = new Map(input.guard.seg.segments.map((s) => [s.id, s.text]));
  for (const e of input.edits) if (e.status === 'applied') current.set(e.segmentId, e.newText);
  const longest = [...current.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 10);
  const messages = buildShortenMessages({ segments: longest.map(([id, text]) => ({ id, text })), pages, pageTarget: input.target });
  const { data, result } = await chatJson(client, { messages, signal, maxOutputTokens: 4000 }, TailorPlanSchema, 'shorten');
  addUsage(result.usage);
  const shorter = data.edits.filter((e) => current.has(e.segmentId) && e.newText.length < current.get(e.segmentId)!.length);
  for (const rec of guardShortenings(input.guard, shorter, input.edits)) {
    if (rec.status !== 'applied') continue;
    const existing = input.edits.find((e) => e.segmentId === rec.segmentId && e.status === 'applied');
    if (existing) { existing.newText = rec.newText; existing.reason += ' (shortened to fit)'; }
    else input.edits.push({ ...rec, reason: `Shortened to fit: ${rec.reason}`.trim() });
  }
}
