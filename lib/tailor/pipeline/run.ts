import { estimateCostUsd, LlmError } from '@/lib/llm';
import type { TokenUsage } from '@/lib/llm/types';
import type { CompileResult, ProjectFileContent } from '@/lib/tex/types';
import { TAILOR_PROMPT_VERSION, WHOLE_DOCUMENT_PROMPT_VERSION } from '@/prompts/index';
import { assembleWithDeletions } from '../apply/assemble-with-deletions';
import { buildReplacements } from '../apply/apply';
import { fitToPages } from '../fit/fit';
import { guardEdits, guardReorders, guardSectionOrder, loadedGuardContext } from '../guard/guard';
import { applyUserRejections } from '../guard/user-rejections';
import { addSecondOpinion } from '../guard/second-opinion';
import { refineKeywords } from '../keywords/refine';
import type { ReorderRecord, TailorResult, TailorRun } from '../record';
import { scoreText } from '../score/score';
import { fileText, segmentProject } from '../segment/segment';
import type { EditRecord } from '../types';
import type { TextLayerRecord, TextLayerSummary } from '../text-layer';
import { DOCUMENT_EDIT_ID, guardWholeDocument } from '../whole-document/whole-document';
import { obtainPlan } from './plan-stage';
import { compileDroppingCulprits } from './bisect';
import { fixingCompiler } from './text-layer-fixes';
import { hashProject, sha256Hex, stableJson } from './hash';
import { analysedPosting, compiledMaster } from './memo';
import { mastersErrorsNote, usableMaster } from './master-errors';
import { StageRunner, TailorError, throwIfCancelled } from './progress';
import { runCost } from './run-cost';
import type { TailorDeps, TailorInput } from './deps';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import { errorCounts, madeUsablePdf, toleratingKnownErrors } from '@/lib/tex/compile-verdict';

export type { TailorDeps, TailorInput, TailorJob } from './deps';

type Unit = { kind: 'edit' | 'reorder' | 'sections'; id: string };

/** Bump when segmenting, guarding or scoring changes, so cached runs are not reused across versions. */
export const TAILOR_ENGINE_VERSION = 'engine-5'; // engine-3: truthfulness against each edit's evidence (issue 12); engine-4: the PDF text layer checked and fixed (issue 13); engine-5: the guard's meaning checks after the unseen benchmark (issue 12, session 4)

const MAX_MAIN_CHARS = 1_000_000;
const MAX_DESCRIPTION_CHARS = 100_000;

/** Refuses inputs no resume or posting looks like, before any work is done. */
function checkInputs({ project, job }: TailorInput): void {
  const main = project.files[project.mainFile];
  if (main === undefined) throw new TailorError('bad-input', `The main file ${project.mainFile} is not in the project.`);
  const badName = mainFileNameProblem(project.mainFile);
  if (badName) throw new TailorError('bad-input', badName);
  const text = typeof main === 'string' ? main : null;
  if (text === null || text.includes('\u0000')) throw new TailorError('bad-input', `${project.mainFile} is not a text file.`);
  if (text.length > MAX_MAIN_CHARS) throw new TailorError('bad-input', `${project.mainFile} is ${Math.round(text.length / 1000)} kB; a resume over 1 MB of LaTeX is refused.`);
  if (job.description.length > MAX_DESCRIPTION_CHARS) throw new TailorError('bad-input', 'The posting is over 100,000 characters; paste just the job description.');
}

/** The cache key: hashes of the master project, the posting and the settings (+ provider/model/prompt). */
export async function tailorCacheKey(input: TailorInput, deps: Pick<TailorDeps, 'llm' | 'verify'>): Promise<{ key: string; masterHash: string; jobHash: string; settingsHash: string }> {
  const masterHash = await hashProject(input.project);
  const jobHash = await sha256Hex(stableJson({ t: input.job.title ?? null, c: input.job.company ?? null, d: input.job.description }));
  const { force: _force, ...settings } = input.settings;
  const settingsHash = await sha256Hex(stableJson({ settings, provider: deps.llm?.provider ?? 'offline', model: deps.llm?.model ?? null, prompt: TAILOR_PROMPT_VERSION, engine: TAILOR_ENGINE_VERSION, ...(deps.verify ? { verify: `${deps.verify.provider}:${deps.verify.model}` } : {}) }));
  return { key: await sha256Hex(`${masterHash}:${jobHash}:${settingsHash}`), masterHash, jobHash, settingsHash };
}

/**
 * One tailoring run: segment → analyse → compile the master → plan (model or offline) →
 * guard → apply → compile (bisect away breaking edits) → fit pages → score the PDF text →
 * record. Platform-agnostic; emits progress per stage; `deps.signal` cancels between stages
 * (and inside LLM calls). The master project is never modified.
 */
export async function runTailor(input: TailorInput, deps: TailorDeps): Promise<TailorResult> {
  try {
    return await runStages(input, deps);
  } catch (err) {
    if (err instanceof TailorError) throw err;
    if (deps.signal?.aborted) throw new TailorError('cancelled', 'The tailoring run was cancelled.', { cause: err });
    if (err instanceof LlmError) throw new TailorError('llm', err.message, { cause: err });
    throw err;
  }
}

async function runStages(input: TailorInput, deps: TailorDeps): Promise<TailorResult> {
  const stages = new StageRunner(deps.onProgress, deps.signal);
  const { settings, project, job } = input;
  const textLayerHost = deps.textLayer;
  if (!job.description.trim()) throw new TailorError('no-description', 'The posting has no description text to tailor to; paste it instead.');
  checkInputs(input);
  const hashes = await stages.run('cache', () => tailorCacheKey(input, deps));
  if (deps.cache && !settings.force) {
    const hit = await deps.cache.get(hashes.key);
    if (hit) { stages.skip('plan', 'Same resume, posting and settings as an earlier run: using it.'); return { ...hit, fromCache: true }; }
  }
  const seg = await stages.run('segment', () => segmentProject(project), (s) => `${s.segments.length} segments in ${s.files.length} file(s)`);
  let keywords = await stages.run('analyse', () => analysedPosting(deps.memo, hashes.jobHash, job), (k) => `${k.length} keywords`);
  let keywordRefinement: TailorRun['keywordRefinement'] = null;
  // Checked before every compile, so bisection and page fitting stop promptly when cancelled.
  // Each compile starts from the auxiliary files of the last one that worked (the master's first):
  // a tailored copy whose references did not move then settles in one pass instead of two.
  let carriedAux: Record<string, Uint8Array> | undefined;
  // Errors the master itself has (it made its PDF despite them): a tailored compile that reports
  // only those counts as compiled; a new one still fails it, so bisection finds the edit.
  let mastersOwnErrors = new Map<string, number>();
  const compileFiles = async (files: Record<string, ProjectFileContent>): Promise<CompileResult> => {
    throwIfCancelled(deps.signal);
    const raw = await deps.compiler.compile({ mainFile: project.mainFile, files: { ...project.files, ...files }, engine: project.engine, timeoutMs: deps.compileTimeoutMs, auxFiles: carriedAux }, { signal: deps.signal });
    const result = toleratingKnownErrors(raw, mastersOwnErrors);
    if (result.ok && result.auxFiles) carriedAux = result.auxFiles;
    return result;
  };
  // The tailored copy (never the master) is compiled with the text-layer fixes, once planned.
  const fixing = fixingCompiler(compileFiles, (path) => fileText(project, path) ?? '');
  const compile = fixing.compile;
  // The master is compiled once per content (the memo), not once per run.
  let masterError = 'unknown error';
  const master = await stages.run('compile-master', () => compiledMaster(deps.memo, hashes.masterHash, async () => {
    const r = await compile({});
    if (madeUsablePdf(r)) return usableMaster(r);
    masterError = r.errors[0]?.message ?? r.missingFiles[0] ?? masterError;
    return null;
  }, deps.pdfText, textLayerHost ? (pdf) => textLayerHost.check(project, pdf) : undefined), (m) => (m?.fromMemo ? 'compiled before (same master): reused' : undefined));
  if (!master) throw new TailorError('master-compile', `The master resume does not compile: ${masterError}.`);
  carriedAux ??= master.auxFiles;
  mastersOwnErrors = errorCounts(master.errors ?? []);
  // Checked with the master and remembered with it; a check that failed there is tried once more to say why.
  const masterCheck = !textLayerHost ? null : master.check ?? await textLayerHost.check(project, master.pdf).catch((err: unknown) => { fixing.notes.push(`The master's text layer could not be checked: ${String(err)}`); return null; });
  if (textLayerHost && settings.pdfFixes !== false) fixing.plan = textLayerHost.plan(project, masterCheck);
  const plannedFixes = fixing.plan ? { fixes: fixing.plan.fixes, notes: fixing.plan.notes } : null;
  const masterText = master.text;
  const target = settings.pages ?? master.pages;
  const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  const addUsage = (u: TokenUsage) => { usage.inputTokens += u.inputTokens; usage.outputTokens += u.outputTokens; };
  const accepted = new Set(settings.acceptFlagged ?? []);
  const userRejected = new Set(settings.rejectEdits ?? []);
  const warnings: string[] = [...seg.warnings, ...mastersErrorsNote(master.errors ?? [])];
  const gctx = await loadedGuardContext(seg, settings.confirmedFacts ?? []);
  const whole = deps.llm && (settings.wholeDocument === 'always' || (settings.wholeDocument !== 'never' && !seg.editable));
  const mode = !deps.llm ? 'offline' : whole ? 'whole-document' : 'segments';
  if (!seg.editable && mode !== 'whole-document') warnings.push(seg.reason ?? 'Nothing editable was found.');

  let edits: EditRecord[] = [];
  let reorders: ReorderRecord[] = [];
  let sectionOrder = null as TailorRun['sectionOrder'];
  let summary: string | null = null;
  let model: string | null = deps.llm?.model ?? null;
  let wholeDoc: string | null = null;
  let secondOpinion: TailorRun['secondOpinion'] = null;

  const mainText = fileText(project, project.mainFile) ?? '';
  const planned = await obtainPlan({ mode, seg, keywords, job, mainText, settings, target, llm: deps.llm, signal: deps.signal, previous: input.previousPlan, stages, addUsage });
  if (planned.model) model = planned.model;
  const stored = planned.stored;
  if (stored.kind === 'whole-document') {
    summary = stored.summary;
    const rec = await stages.run('guard', () => applyUserRejections([guardWholeDocument(gctx, mainText, stored.document, accepted.has(DOCUMENT_EDIT_ID))], userRejected)[0], (r) => r.status);
    edits = [rec];
    if (rec.status === 'applied') wholeDoc = rec.newText;
  } else {
    const plan = stored.plan;
    summary = plan.summary ?? null;
    if (plan.keywords?.length) {
      const refined = refineKeywords(keywords, plan.keywords, `${job.title ?? ''}\n${job.description}`);
      keywords = refined.keywords;
      keywordRefinement = { changes: refined.changes, ignored: refined.ignored };
    }
    await stages.run('guard', async () => {
      edits = applyUserRejections(guardEdits(gctx, plan.edits, settings.strength, accepted), userRejected);
      if (deps.verify) {
        // A failed second opinion costs the run nothing but its flags: the rules' verdicts stand, and the run says so.
        const opinion = await addSecondOpinion(deps.verify.client, edits, { accepted, confirmed: settings.confirmedFacts, skills: gctx.evidence.skills, signal: deps.signal })
          .catch((err: unknown) => { throwIfCancelled(deps.signal); warnings.push(`The model's second opinion failed (${err instanceof Error ? err.message : String(err)}); only the rules checked the changes.`); return null; });
        if (opinion) {
          addUsage(opinion.usage);
          secondOpinion = { provider: deps.verify.provider, model: opinion.model, tokens: { input: opinion.usage.inputTokens, output: opinion.usage.outputTokens }, costUsd: estimateCostUsd(deps.verify.provider, opinion.model, opinion.usage) ?? null, added: [...opinion.added.values()].flat().length };
          stages.note('guard', `second opinion (${opinion.model}): ${secondOpinion.added} more claim(s)`);
        }
      }
      const r = guardReorders(seg, plan.reorders);
      reorders = [...r.valid.map((x) => ({ ...x, status: 'applied' as const })), ...r.rejected.map((x) => ({ listId: x.listId, order: [], status: 'rejected' as const, message: x.message }))];
      sectionOrder = guardSectionOrder(seg, plan.sectionOrder);
    }, () => `${edits.filter((e) => e.status === 'flagged').length} flagged, ${edits.filter((e) => e.status === 'rejected').length} rejected`);
  }

  const render = (units: Unit[], deletions = new Map<string, { start: number; end: number }>()): Record<string, string> => {
    if (wholeDoc !== null) return units.length ? { [project.mainFile]: wholeDoc } : {};
    const ids = new Set(units.map((u) => `${u.kind}:${u.id}`));
    const es = edits.filter((e) => e.status === 'applied' && ids.has(`edit:${e.segmentId}`));
    const rs = reorders.filter((r) => r.status === 'applied' && ids.has(`reorder:${r.listId}`));
    const order = sectionOrder?.status === 'applied' && ids.has('sections:order') ? sectionOrder.order : null;
    return assembleWithDeletions(seg, buildReplacements(seg, es, rs), deletions, order);
  };
  const currentUnits = (): Unit[] => (wholeDoc !== null
    ? (edits[0]?.status === 'applied' ? [{ kind: 'edit', id: DOCUMENT_EDIT_ID }] : [])
    : [...edits.filter((e) => e.status === 'applied').map((e) => ({ kind: 'edit' as const, id: e.segmentId })), ...reorders.filter((r) => r.status === 'applied').map((r) => ({ kind: 'reorder' as const, id: r.listId })),
      ...(sectionOrder?.status === 'applied' ? [{ kind: 'sections' as const, id: 'order' }] : [])]);
  const units = currentUnits();
  await stages.run('apply', () => render(units), (f) => `${Object.keys(f).length} file(s) rebuilt`);

  const compiled = await stages.run('compile', () => compileDroppingCulprits(units, (set) => compile(render(set)), (m) => stages.note('compile', m)),
    (c) => (c.dropped.length ? `dropped ${c.dropped.length} change(s) that broke the compile` : undefined));
  for (const u of compiled.dropped) {
    const why = `Broke the compile (${compiled.error ?? 'error'}); dropped.`;
    if (u.kind === 'edit') { const e = edits.find((x) => x.segmentId === u.id && x.status === 'applied'); if (e) { e.status = 'dropped'; e.issues.push({ code: 'structure', message: why }); } }
    else if (u.kind === 'sections' && sectionOrder) { sectionOrder.status = 'dropped'; sectionOrder.message = why; }
    else { const r = reorders.find((x) => x.listId === u.id); if (r) { r.status = 'dropped'; r.message = why; } }
  }
  let finalFiles = render(compiled.kept);
  const fitted = await stages.run('fit', () => fitToPages({
    guard: gctx, keywords, target, edits, warnings,
    compile: (deletions) => { finalFiles = render(currentUnits(), deletions); return compile(finalFiles); },
    llm: deps.llm && mode === 'segments' ? { client: deps.llm.client, signal: deps.signal, addUsage } : undefined,
    onNote: (m) => stages.note('fit', m),
    textAt: (id) => buildReplacements(seg, edits.filter((e) => e.status === 'applied'), reorders.filter((r) => r.status === 'applied')).get(id) ?? seg.segments.find((x) => x.id === id)!.text,
  }, compiled.result), (f) => `${f.result.pages} page(s), target ${target}`);
  const final = fitted.result;
  // The files that go with the final PDF (a failed fitting trial may have rendered others last),
  // with the text-layer fixes the PDF was compiled with.
  finalFiles = fixing.withFixes(render(currentUnits(), fitted.deletions));
  // Reading the tailored PDF: its words for the score, its text layer against its source.
  let tailoredCheck: TextLayerSummary | null = null;
  const scoreAfter = await stages.run('score', async () => {
    if (!final.pdf) return null;
    const pdf = final.pdf;
    // One after the other: both read the PDF with pdf.js, in this thread.
    const text = await deps.pdfText(pdf);
    tailoredCheck = textLayerHost ? await textLayerHost.check({ mainFile: project.mainFile, files: { ...project.files, ...finalFiles } }, pdf).catch(() => null) : null;
    return scoreText(keywords, text.text);
  }, (s) => (s ? `score ${s.score}` : 'no PDF'));
  const textLayer: TextLayerRecord | undefined = textLayerHost
    ? { master: masterCheck, tailored: tailoredCheck, fixes: fixing.plan ? plannedFixes : null, notes: fixing.notes }
    : undefined;
  const scoreBefore = scoreText(keywords, masterText.text);
  const changed = Object.fromEntries(Object.entries(finalFiles).filter(([path, text]) => fileText(project, path) !== text));
  const run: TailorRun = {
    schemaVersion: 1, cacheKey: hashes.key, createdAt: new Date().toISOString(),
    inputs: { masterHash: hashes.masterHash, jobHash: hashes.jobHash, settingsHash: hashes.settingsHash },
    job: { title: job.title ?? null, company: job.company ?? null, url: job.url ?? null },
    settings, mode, promptVersion: mode === 'offline' ? null : mode === 'segments' ? TAILOR_PROMPT_VERSION : WHOLE_DOCUMENT_PROMPT_VERSION,
    provider: deps.llm?.provider ?? 'offline', model,
    tokens: { input: usage.inputTokens, output: usage.outputTokens },
    costUsd: runCost(deps.llm, model, usage, secondOpinion),
    timings: stages.timings,
    segmentation: { segments: seg.segments.length, lists: seg.lists.length, editable: seg.editable, reason: seg.reason },
    plan: stored, keywords, keywordRefinement, edits, reorders, sectionOrder, scoreBefore, scoreAfter,
    pages: { master: master.pages, tailored: final.ok ? final.pages : null, target },
    compiled: final.ok, summary, warnings, secondOpinion, ...(textLayer ? { textLayer } : {}),
  };
  const result: TailorResult = { run, files: changed, pdf: final.pdf, fromCache: false };
  await stages.run('record', async () => { await deps.cache?.set(hashes.key, result); });
  return result;
}
