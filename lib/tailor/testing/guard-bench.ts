/** Node-only: the truthfulness benchmark (tests/fixtures/guard/rewrites.json) run through the guard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../tests/fixtures/corpus-root';
import { guardContext, guardEdits, type GuardContext } from '../guard/guard';
import { segmentByText } from '../guard/find-segment';
import { segmentProject } from '../segment/segment';
import type { EditRecord } from '../types';
import { CORPUS, loadCorpusResume } from './corpus';

export interface BenchItem {
  resume: string;
  original: string;
  newText: string;
  label: 'honest' | 'fabricated';
  kind: string;
  split: 'dev' | 'held-out';
  /** Exact texts of other bullets the rewrite draws on. */
  evidence?: string[];
}

export interface BenchResult { item: BenchItem; record: EditRecord }

/** The labelled rewrites. */
export function loadBench(): BenchItem[] {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/guard/rewrites.json'), 'utf8')).items as BenchItem[];
}

/** Guards every item through a stored plan (no model), each against its own resume. */
export function runBench(items: BenchItem[]): BenchResult[] {
  const contexts = new Map<string, GuardContext>();
  return items.map((item) => {
    let ctx = contexts.get(item.resume);
    if (!ctx) {
      const entry = CORPUS.find((c) => c.name === item.resume);
      if (!entry) throw new Error(`unknown corpus resume ${item.resume}`);
      ctx = guardContext(segmentProject(loadCorpusResume(entry)));
      contexts.set(item.resume, ctx);
    }
    const seg = segmentByText(ctx.seg, item.original);
    if (!seg) throw new Error(`${item.resume}: no single bullet reads "${item.original.slice(0, 60)}…"`);
    const evidence = (item.evidence ?? []).map((t) => segmentByText(ctx!.seg, t)?.id).filter((x): x is string => Boolean(x));
    const [record] = guardEdits(ctx, [{ segmentId: seg.id, newText: item.newText, reason: '', keywordsAdded: [], evidence }], 'full');
    return { item, record };
  });
}

/** Per kind: how many, how many flagged (recall on fabrications, false alarms on honest rewrites). */
export function benchTable(results: BenchResult[], flagged: (r: BenchResult) => boolean): { label: string; kind: string; n: number; flagged: number }[] {
  const rows = new Map<string, { label: string; kind: string; n: number; flagged: number }>();
  for (const r of results) {
    const kind = r.item.label === 'honest' ? 'all honest' : r.item.kind;
    const key = `${r.item.label}:${kind}`;
    const row = rows.get(key) ?? { label: r.item.label, kind, n: 0, flagged: 0 };
    row.n++;
    if (flagged(r)) row.flagged++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.label === b.label ? a.kind.localeCompare(b.kind) : a.label === 'fabricated' ? -1 : 1));
}
