import { latexToPlain, wordCount } from '../segment/plain-text';
import type { Segmentation } from '../segment/types';
import type { EditProposal, EditRecord, GuardIssue, ReorderProposal, TailorStrength } from '../types';
import { claimsAgainst } from './claims/check';
import { loadEverydayWords } from './claims/everyday-words';
import { citedIds, editEvidence, masterEvidence, type MasterEvidence } from './evidence';
import { checkLatexSafety, commandsIn } from './latex-safety';
import { documentBody } from './printed-text';
import { specialCharacters } from './tex-reader';

/** How much longer than the original a rewrite may be, in words, by strength. */
const GROWTH: Record<TailorStrength, number> = { light: 1.25, keywords: 1.4, full: 1.6 };
// A short bullet may grow by about a line whatever its length: six words become eighteen in one or
// two lines, where 1.6× would allow fourteen. The compile's page count has the last word
// (fit/fit.ts reverts lengthening edits when the page overflows).
const LINE_ALLOWANCE: Record<TailorStrength, number> = { light: 6, keywords: 8, full: 12 };

export interface GuardContext {
  seg: Segmentation;
  /** Commands the master's document body uses (the preamble's machinery is not offered to a model). */
  commands: Set<string>;
  /** Characters whose catcode the master changed. */
  special: Set<string>;
  /** Every source file of the master, joined (for links and addresses). */
  masterSource: string;
  /** What every edit may draw on besides its cited lines: skills, headings, confirmed facts. */
  evidence: MasterEvidence;
}

/** Links and e-mail addresses in a rewrite that the master does not contain (a model could plant one). */
export function newLinks(latex: string, masterSource: string): string[] {
  const found = [
    ...[...latex.matchAll(/\\(?:href|url)\s*\{([^}]*)\}/g)].map((m) => m[1]),
    ...(latex.match(/https?:\/\/[^\s{}]+|[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []),
    // Addresses written without a scheme: "github.com/user/talks", "www.example.org".
    ...(latex.replace(/https?:\/\/[^\s{}]+|[\w.+-]+@[\w-]+\.[\w.-]+/g, ' ').match(/\bwww\.[\w-]+(?:\.[\w-]+)+[\w/.~-]*|\b[\w-]+\.(?:com|org|io|net|dev|me|edu|gov|ai|co)\/[\w./~-]*[\w/~-]|\b[\w-]+(?:\.[\w-]+)+\.(?:com|org|io|net|dev|me|edu|gov|ai|app|eu|uk|de|fr|es|it|nl|pl|pt|ch|at|be|ca|au)\b/g) ?? []),
  ];
  return [...new Set(found.map((u) => u.trim()).filter((u) => u && !masterSource.includes(u)))];
}

/**
 * Prepares what the guard needs from the master (commands, shared evidence), once per
 * run. Evidence comes from the printed text only: a macro's `#3` or a preamble setting is not
 * something the person said. `confirmed`: facts the person confirmed for this master.
 */
export function guardContext(seg: Segmentation, confirmed: readonly string[] = []): GuardContext {
  const all = seg.files.map((f) => seg.sources[f]).join('\n');
  const body = seg.files.map((f) => (f === seg.mainFile ? documentBody(seg.sources[f]) : seg.sources[f])).join('\n');
  const evidence = masterEvidence(seg, confirmed);
  return { seg, commands: commandsIn(body), special: specialCharacters(all), masterSource: all, evidence };
}

/**
 * `guardContext` with the everyday words of the resume's language loaded first (a resume not
 * in English reads its synonyms with them; without them every one is a new term).
 */
export async function loadedGuardContext(seg: Segmentation, confirmed: readonly string[] = []): Promise<GuardContext> {
  const ctx = guardContext(seg, confirmed);
  await loadEverydayWords(ctx.evidence.lang);
  return ctx;
}

export { documentBody } from './printed-text';

/**
 * Checks every proposed edit: known segment id (once), LaTeX safety, length, and
 * truthfulness against its evidence (the lines it cites, the skills, the headings and the
 * confirmed facts; see `claims/check.ts`). Statuses: `applied` when clean (or accepted),
 * `flagged` when it makes claims the evidence lacks (not applied unless its id is in
 * `accepted`), `rejected` otherwise.
 */
export function guardEdits(ctx: GuardContext, edits: EditProposal[], strength: TailorStrength, accepted: ReadonlySet<string> = new Set()): EditRecord[] {
  const byId = new Map(ctx.seg.segments.map((s) => [s.id, s]));
  const seen = new Set<string>();
  return edits.map((e) => {
    const seg = byId.get(e.segmentId);
    const rec: EditRecord = { segmentId: e.segmentId, file: seg?.file ?? null, oldText: seg?.text ?? '', newText: e.newText, reason: e.reason, keywordsAdded: e.keywordsAdded, status: 'rejected', issues: [], claims: [], findings: [] };
    const reject = (issue: GuardIssue) => { rec.issues.push(issue); return rec; };
    if (!seg) return reject({ code: 'unknown-segment', message: `There is no segment "${e.segmentId}" in this resume.` });
    if (seen.has(seg.id)) return reject({ code: 'duplicate', message: 'A second edit to the same segment; the first one counts.' });
    seen.add(seg.id);
    if (!e.newText.trim()) return reject({ code: 'empty', message: 'The rewrite is empty.' });
    const safety = checkLatexSafety(e.newText.trim(), seg.text, ctx.commands, ctx.special);
    rec.newText = safety.text;
    rec.issues.push(...safety.issues);
    if (safety.fatal) return rec;
    const newPlain = latexToPlain(rec.newText);
    const limit = Math.max(Math.ceil(wordCount(seg.plain) * GROWTH[strength]) + 4, wordCount(seg.plain) + LINE_ALLOWANCE[strength]);
    if (wordCount(newPlain) > limit) return reject({ code: 'too-long', message: `The rewrite has ${wordCount(newPlain)} words; at most ${limit} keep the page count.` });
    const cited = citedIds(seg, e.evidence, byId);
    rec.evidence = cited.map((id) => ({ id, text: byId.get(id)!.plain }));
    rec.findings = claimsAgainst(newPlain, editEvidence(cited, byId, ctx.evidence), newLinks(rec.newText, ctx.masterSource));
    rec.claims = rec.findings.map((c) => c.text);
    if (rec.claims.length > 0) {
      rec.issues.push({ code: 'needs-evidence', message: `Adds ${rec.claims.join(', ')}, which the cited lines do not support.` });
      rec.status = accepted.has(seg.id) ? 'applied' : 'flagged';
      return rec;
    }
    rec.status = 'applied';
    return rec;
  });
}

/** Keeps reorderings that name a known list and are a permutation of exactly its members. */
export function guardReorders(seg: Segmentation, reorders: ReorderProposal[]): { valid: ReorderProposal[]; rejected: { listId: string; message: string }[] } {
  const lists = new Map(seg.lists.map((l) => [l.id, l]));
  const valid: ReorderProposal[] = [];
  const rejected: { listId: string; message: string }[] = [];
  for (const r of reorders) {
    const list = lists.get(r.listId);
    const same = list && r.order.length === list.segmentIds.length && new Set(r.order).size === r.order.length && r.order.every((id) => list.segmentIds.includes(id));
    if (same) valid.push(r);
    else rejected.push({ listId: r.listId, message: list ? 'The new order is not a permutation of the list.' : `There is no list "${r.listId}".` });
  }
  return { valid, rejected };
}

/** A section order is kept when it is a permutation of the movable sections that changes something. */
export function guardSectionOrder(seg: Segmentation, order: readonly string[] | null | undefined): { order: string[]; status: 'applied' | 'rejected'; message?: string } | null {
  if (!order) return null;
  const ids = seg.sectionSpans.map((s) => s.id);
  if (ids.length === 0) return { order: [...order], status: 'rejected', message: 'This template\'s sections cannot be reordered safely.' };
  const valid = order.length === ids.length && new Set(order).size === order.length && order.every((id) => ids.includes(id));
  if (!valid) return { order: [...order], status: 'rejected', message: 'The section order is not a permutation of the sections.' };
  if (order.every((id, i) => id === ids[i])) return null;
  return { order: [...order], status: 'applied' };
}
