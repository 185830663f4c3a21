import type { TokenComparison } from './token-compare.ts';

export interface EvalRow {
  resume: string;
  posting: string;
  provider: string;
  compiled: boolean;
  pages: string;
  withinTarget: boolean;
  /** Master's score with the keyword list the LLM run used (the model may refine it). */
  scoreBefore: number;
  /** Master's score with the lexicon keywords only (the offline run). */
  offlineBefore: number;
  scoreOffline: number | null;
  scoreLlm: number | null;
  /** Reorderings, skills-order edits and a section order the offline tailor made. */
  reorders: number;
  /** Model reorderings (lists and sections) applied/refused. */
  llmReorders: string;
  edits: { applied: number; flagged: number; rejected: number; dropped: number };
  /** Claims of flagged edits found in the tailored PDF (must be 0). */
  leaked: number;
  tokensIn: number;
  tokensOut: number;
  compare: TokenComparison;
  ms: number;
  segments: number;
  /** Time to segment the resume (the pipeline's first stage). */
  segMs: number;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Prints the eval table and its summary lines to stdout. */
export function printTable(rows: EvalRow[], meta: { engine: string; fallbackReason: string | null; compiles: number; cacheHits: number; seconds: number }): void {
  const head = ['resume', 'posting', 'via', 'ok', 'pages', 'offline', 'off moves', 'llm', 'app/flag/rej/drop', 'reord ok/no', 'leak', 'tok in/out', 'whole-doc in/out', 'in ratio'];
  const body = rows.map((r) => [
    r.resume, r.posting, r.provider, r.compiled ? 'yes' : 'NO', r.pages + (r.withinTarget ? '' : '!'),
    `${r.offlineBefore}→${r.scoreOffline ?? '–'}`, String(r.reorders), `${r.scoreBefore}→${r.scoreLlm ?? '–'}`,
    `${r.edits.applied}/${r.edits.flagged}/${r.edits.rejected}/${r.edits.dropped}`, r.llmReorders, String(r.leaked),
    `${r.tokensIn}/${r.tokensOut}`, `${r.compare.wholeIn}/${r.compare.wholeOut}`, (r.compare.structuredIn / r.compare.wholeIn).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  const raised = rows.filter((r) => (r.scoreLlm ?? 0) > r.scoreBefore).length;
  out.push('');
  out.push(`cases ${rows.length}; compiled ${rows.filter((r) => r.compiled).length}; within page target ${rows.filter((r) => r.withinTarget).length}; flagged claims leaked ${rows.reduce((n, r) => n + r.leaked, 0)}`);
  const offRaised = rows.filter((r) => (r.scoreOffline ?? 0) > r.offlineBefore).length;
  out.push(`offline: reorders sections, bullets and skills only (words unchanged): coverage cannot change, prominence can; score raised in ${offRaised}/${rows.length} cases; "off moves" counts its reorderings`);
  out.push(`score raised by the LLM mode in ${raised}/${rows.length} cases; median before ${median(rows.map((r) => r.scoreBefore))}, after ${median(rows.map((r) => r.scoreLlm ?? 0))}`);
  out.push(`edits: applied ${sum(rows, 'applied')}, flagged ${sum(rows, 'flagged')}, rejected ${sum(rows, 'rejected')}, dropped ${sum(rows, 'dropped')}`);
  out.push(`tokens (o200k, prompt as built): structured input median ${median(rows.map((r) => r.compare.structuredIn))} vs whole-document ${median(rows.map((r) => r.compare.wholeIn))} (median ratio ${median(rows.map((r) => r.compare.structuredIn / r.compare.wholeIn)).toFixed(2)}); output median ${median(rows.map((r) => r.compare.structuredOut))} vs ${median(rows.map((r) => r.compare.wholeOut))} (median ratio ${median(rows.map((r) => r.compare.structuredOut / r.compare.wholeOut)).toFixed(2)})`);
  out.push(`payload only: segments ${median(rows.map((r) => r.compare.segmentsOnly))} vs whole file ${median(rows.map((r) => r.compare.documentOnly))} tokens (median ratio ${median(rows.map((r) => r.compare.segmentsOnly / r.compare.documentOnly)).toFixed(2)})`);
  out.push(`segmenter: median ${median(rows.map((r) => r.segments))} segments per resume, ${median(rows.map((r) => r.segMs)).toFixed(1)} ms median (max ${Math.max(...rows.map((r) => r.segMs)).toFixed(1)} ms)`);
  out.push(`engine: ${meta.engine}${meta.fallbackReason ? ` (${meta.fallbackReason})` : ''}; ${meta.compiles} compiles (${meta.cacheHits} repeats reused); ${meta.seconds.toFixed(1)} s`);
  process.stdout.write(out.join('\n') + '\n');
}

function sum(rows: EvalRow[], k: keyof EvalRow['edits']): number {
  return rows.reduce((n, r) => n + r.edits[k], 0);
}
