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

/**
 * Hosts tailoring runs in a page that outlives the side panel (Chrome's offscreen document):
 * the panel asks for a run by the ids of the stored resume and job and follows it in the
 * database, so closing and reopening the panel neither stops nor hides it. Cancels are kept
 * per run here — this document lives as long as the browser, unlike the service worker.
 */
export function registerRunHost(options: { textLayer?: ExecuteRunOptions['textLayer'] } = {}): void {
  const engine = hostEngine();
  // The memo is scoped to the extension's version, read from the packaged manifest.
  const memo = fetch('/manifest.json')
    .then((r) => r.json() as Promise<{ version: string }>)
    .then((m) => createDbMemo(getDatabase(), m.version));
  const running = new Map<string, AbortController>();
  // A run waits for a warm-up in flight, so the master is compiled once, not by both.
  let warming: Promise<void> = Promise.resolve();
  let engineWarm = false;

  handle('run:warm', () => {
    const warmEngine = !engineWarm;
    engineWarm = true;
    warming = warming
      .then(async () => warmUpTailoring({ engine, db: getDatabase(), memo: await memo, pdfText: extractPdfTextBrowser, textLayer: options.textLayer }, { engine: warmEngine }))
      .catch((err: unknown) => console.warn('[bespoke] warm-up failed:', String(err)));
  });

  handle('run:start', async (request: RunStartRequest) => {
    const db = getDatabase();
    const [resume, job, previous] = await Promise.all([db.resumes.get(request.resumeId), db.jobs.get(request.jobId), request.previousRunId ? db.runs.get(request.previousRunId) : undefined]);
    if (!resume) throw new RunStartError('That resume is no longer stored; pick another in the Resume tab.');
    if (!job) throw new RunStartError('That job is no longer stored; capture it again.');
    const profile = request.useModel ? await sendMessage('llm:active-profile') : null;
    if (request.useModel && !profile) throw new RunStartError('No LLM provider is configured; add one in Settings or use the offline tailor.');
    // The guard's second opinion, when the setting is on: the same provider, its cheapest (or chosen) model.
    const verifyModel = profile ? await sendMessage('llm:second-opinion:model', { profileId: profile.id }) : null;
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
        llm: profile ? { client: createRemoteLlmClient(profile.provider, profile.id), provider: profile.provider, model: profile.model } : undefined,
        verify: profile && verifyModel ? { client: createRemoteLlmClient(profile.provider, profile.id, verifyModel), provider: profile.provider, model: verifyModel } : undefined,
        signal: controller.signal,
        onStarted: (id) => {
          runId = id;
          running.set(id, controller);
          resolve({ runId: id });
        },
      })
        .catch(reject)
        .finally(() => {
          if (runId) running.delete(runId);
        });
    });
  });

  handle('run:cancel', ({ runId }) => {
    running.get(runId)?.abort(new Error('Cancelled by the user.'));
  });
}
