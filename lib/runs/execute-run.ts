import type { BespokeDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import type { LlmClient, ProviderId } from '@/lib/llm/types';
import type { TexCompiler } from '@/lib/tex/types';
import { parseStoredPlan, runTailor, TailorError, type StageMemo, type TailorResult, type TailorSettings } from '@/lib/tailor/index';
import type { PdfText, TextLayerHost } from '@/lib/tailor/index';
import { describeRunFailure } from './run-failure';
import { createRun, finishRun, HEARTBEAT_MS, recordProgress } from './run-store';

export interface ExecuteRunOptions {
  db: BespokeDatabase;
  resume: ResumeRecord;
  job: JobRecord;
  settings: TailorSettings;
  compiler: TexCompiler;
  pdfText: (pdf: Uint8Array) => Promise<PdfText>;
  /** Omit for the offline tailor. */
  llm?: { client: LlmClient; provider: ProviderId; model: string };
  /** The guard's second opinion (see runTailor's `verify`), when the setting is on. */
  verify?: { client: LlmClient; provider: ProviderId; model: string };
  signal?: AbortSignal;
  /** A previous run whose plan is reused (e.g. after accepting flagged edits). */
  previous?: RunRecord;
  /** Remembers the compiled master and posting analyses between runs (see lib/tailor/pipeline/memo.ts). */
  memo?: StageMemo;
  /** Checks the master's and the tailored PDF's text layers and fixes the tailored copy's. */
  textLayer?: TextLayerHost;
  /** Called once the run is recorded, so the UI can follow it. */
  onStarted?: (runId: string) => void;
}

/** The history's cache: a finished run with the same inputs and settings is offered again. */
function historyCache(db: BespokeDatabase) {
  return {
    async get(key: string): Promise<TailorResult | undefined> {
      const hit = await db.runs.where('cacheKey').equals(key).filter((r) => r.status === 'done' && !!r.report).last();
      if (!hit) return undefined;
      return { run: hit.report as TailorResult['run'], files: hit.files ?? {}, pdf: hit.pdf ?? null, fromCache: true };
    },
    async set(): Promise<void> {
      // Finished runs are stored by executeRun itself; nothing extra to keep.
    },
  };
}

/**
 * Runs one tailoring of a stored master resume for a stored posting and records it in the
 * history: progress as it goes, then the outcome. The master is read, never written.
 */
export async function executeRun(options: ExecuteRunOptions): Promise<string> {
  const { db, resume, job } = options;
  const runId = await createRun(db, { jobId: job.id, resumeId: resume.id, provider: options.llm?.provider ?? 'offline', model: options.llm?.model ?? null });
  options.onStarted?.(runId);
  let writes = Promise.resolve();
  const heartbeat = setInterval(() => void db.runs.update(runId, { heartbeatAt: Date.now() }), HEARTBEAT_MS);
  try {
    if (!job.description?.trim()) throw new TailorError('no-description', 'This posting has no description; paste it in the Job tab first.');
    // A plan read back from the history is data from storage: validated before it is reused.
    const previousPlan = options.previous ? parseStoredPlan((options.previous.report as TailorResult['run'] | undefined)?.plan) : null;
    const result = await runTailor(
      {
        project: { mainFile: resume.mainFile, files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])), engine: resume.engine },
        job: { title: job.title, company: job.company, url: job.url, description: job.description },
        settings: options.settings,
        previousPlan,
      },
      {
        compiler: options.compiler,
        pdfText: options.pdfText,
        llm: options.llm,
        verify: options.verify,
        cache: historyCache(db),
        memo: options.memo,
        textLayer: options.textLayer,
        signal: options.signal,
        onProgress: (line) => {
          writes = writes.then(() => recordProgress(db, runId, line));
        },
      },
    );
    await writes;
    const run = result.run;
    await finishRun(db, runId, {
      status: 'done',
      cacheKey: run.cacheKey,
      report: JSON.parse(JSON.stringify(run)),
      files: result.files,
      pdf: result.pdf,
      scoreBefore: run.scoreBefore.score,
      scoreAfter: run.scoreAfter?.score ?? null,
      pages: run.pages.tailored,
      tokens: run.tokens,
      costUsd: run.costUsd,
    });
  } catch (err) {
    await writes.catch(() => undefined);
    const cancelled = err instanceof TailorError && err.code === 'cancelled';
    const failure = cancelled ? undefined : describeRunFailure(err);
    await finishRun(db, runId, { status: cancelled ? 'cancelled' : 'failed', error: err instanceof Error ? err.message : String(err), ...(failure ? { failure } : {}) });
  } finally {
    clearInterval(heartbeat);
  }
  return runId;
}
