import { getDatabase } from '@/lib/db/database';
import { createDbMemo } from '@/lib/db/memo';
import { handle } from '@/lib/messaging/handle';
import { sendMessage, type RunStartRequest } from '@/lib/messaging/protocol';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';
import { createBrowserTexEngine } from '@/lib/tex/browser';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import type { TexCompiler } from '@/lib/tex/types';
import { texmfAddition } from '@/lib/tex-packages/store';
import { withFetchedPackages } from '@/lib/tex-packages/with-fetched-packages';
import type { LlmClient, ProviderId } from '@/lib/llm/types';
import { executeRun, type ExecuteRunOptions } from './execute-run';
import { createRemoteLlmClient } from './remote-llm-client';
import { warmUpTailoring } from './warm-up';

/** Raised when a run cannot start; `message` is for the user. */
export class RunStartError extends Error {
  override name = 'RunStartError';
}

/**
 * The host's TeX engine: its own Worker, with the fetched packages and the main-file check.
 * An offscreen document has `runtime` messaging only (no getURL, no getManifest): the engine's
 * files are found from the document's own origin.
 */
function hostEngine(): TexCompiler {
  const inner = withFetchedPackages(createBrowserTexEngine({ assetsBase: new URL('/tex/', location.origin).href }), () => texmfAddition(getDatabase()));
  return {
    compile(request, options) {
      const badName = mainFileNameProblem(request.mainFile);
      return badName ? Promise.reject(new Error(badName)) : inner.compile(request, options);
    },
  };
}

/** How the host reaches the model: the provider settings and a client that calls it. */
export interface RunHostLlm {
  /** The default profile, or null when none is configured. */
  activeProfile(): Promise<{ id: string; provider: ProviderId; model: string } | null>;
  /** The guard's second-opinion model for a profile, or null when the setting is off. */
  secondOpinionModel(profileId: string): Promise<string | null>;
  client(provider: ProviderId, profileId: string, model?: string): LlmClient;
}

/**
 * An extension page reaches the model through the background, which alone holds the keys.
 * (The background itself cannot use this: a page's runtime messages never reach itself.)
 */
export const remoteRunHostLlm: RunHostLlm = {
  activeProfile: () => sendMessage('llm:active-profile'),
  secondOpinionModel: (profileId) => sendMessage('llm:second-opinion:model', { profileId }),
  client: createRemoteLlmClient,
};

export interface RunHostOptions {
  textLayer?: ExecuteRunOptions['textLayer'];
  /** Default: through the background (`remoteRunHostLlm`). */
  llm?: RunHostLlm;
  /** Told when the first run starts and when the last one ends (an event page keeps itself awake). */
  onBusyChange?: (busy: boolean) => void;
}

/** A run host: starts runs from stored ids, cancels them by run id. */
export interface RunHost {
  /** Answers once the run is recorded; it then goes on by itself. */
  start(request: RunStartRequest): Promise<{ runId: string }>;
  cancel(runId: string): void;
  /**
   * Gets the first run's work done while the person reads the panel: the engine started, the
   * default master compiled into the memo. Here, not in the panel: this is the engine the run
   * uses, and the panel's own page stays free to answer clicks.
   */
  warmUp(): Promise<void>;
}


/**
 * Hosts tailoring runs in a page that outlives the side panel (Chrome's offscreen document,
 * Firefox's background event page): the panel asks for a run by the ids of the stored resume
 * and job and follows it in the database, so closing and reopening the panel neither stops nor
 * hides it. Cancels are kept per run here — this page lives as long as its runs.
 */
export function createRunHost(options: RunHostOptions = {}): RunHost {
  const llm = options.llm ?? remoteRunHostLlm;
  const engine = hostEngine();
  // The memo is scoped to the extension's version, read from the packaged manifest.
  const memo = fetch('/manifest.json')
    .then((r) => r.json() as Promise<{ version: string }>)
    .then((m) => createDbMemo(getDatabase(), m.version));
  const running = new Map<string, AbortController>();
  let warming: Promise<void> | undefined;

  let engineWarm = false;
  function warmUp(): Promise<void> {
    // Once at a time; each panel opened later checks again (the default master may have changed),
    // but the engine itself is warmed once.
    warming ??= (async () => {
      const warmEngine = !engineWarm;
      engineWarm = true;
      await warmUpTailoring({ engine, db: getDatabase(), memo: await memo, pdfText: extractPdfTextBrowser, textLayer: options.textLayer }, { engine: warmEngine });
    })()
      .catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)))
      .finally(() => {
        warming = undefined;
      });
    return warming;
  }

  async function start(request: RunStartRequest): Promise<{ runId: string }> {
    // A warm-up still compiling the master finishes first, so the run finds it in the memo.
    await warming;
    const db = getDatabase();
    const [resume, job, previous] = await Promise.all([db.resumes.get(request.resumeId), db.jobs.get(request.jobId), request.previousRunId ? db.runs.get(request.previousRunId) : undefined]);
    if (!resume) throw new RunStartError('That resume is no longer stored; pick another in the Resume tab.');
    if (!job) throw new RunStartError('That job is no longer stored; capture it again.');
    const profile = request.useModel ? await llm.activeProfile() : null;
    if (request.useModel && !profile) throw new RunStartError('No LLM provider is configured; add one in Settings or use the offline tailor.');
    // The guard's second opinion, when the setting is on: the same provider, its cheapest (or chosen) model.
    const verifyModel = profile ? await llm.secondOpinionModel(profile.id) : null;
    const controller = new AbortController();
    const stageMemo = await memo;
    await warming;
    return new Promise<{ runId: string }>((resolve, reject) => {
      let runId: string | undefined;
      executeRun({
        db,
        resume,
        job,
        settings: request.settings,
        previous,
        compiler: engine,
        pdfText: extractPdfTextBrowser,
        memo: stageMemo,
        textLayer: options.textLayer,
        llm: profile ? { client: llm.client(profile.provider, profile.id), provider: profile.provider, model: profile.model } : undefined,
        verify: profile && verifyModel ? { client: llm.client(profile.provider, profile.id, verifyModel), provider: profile.provider, model: verifyModel } : undefined,
        signal: controller.signal,
        onStarted: (id) => {
          runId = id;
          running.set(id, controller);
          if (running.size === 1) options.onBusyChange?.(true);
          resolve({ runId: id });
        },
      })
        .catch(reject)
        .finally(() => {
          if (runId && running.delete(runId) && running.size === 0) options.onBusyChange?.(false);
        });
    });
  }

  return {
    start,
    cancel: (runId) => running.get(runId)?.abort(new Error('Cancelled by the user.')),
    warmUp,
  };
}

/** Answers `run:start` / `run:cancel` / `run:warm-up` in this page (Chrome's offscreen document). */
export function registerRunHost(options: RunHostOptions = {}): void {
  const host = createRunHost(options);
  handle('run:start', (request) => host.start(request));
  handle('run:cancel', ({ runId }) => host.cancel(runId));
  // Answered at once: the panel does not wait for the warm-up, a run does.
  handle('run:warm-up', () => void host.warmUp());
}
