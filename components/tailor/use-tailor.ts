import { useMutation, useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { sendMessage } from '@/lib/messaging/protocol';
import { executeRun } from '@/lib/runs/execute-run';
import { createRemoteLlmClient } from '@/lib/runs/remote-llm-client';
import { listJobRuns, listRuns, startStaleRunReaper } from '@/lib/runs/run-store';
import type { TailorSettings } from '@/lib/tailor/index';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';
import { browserTextLayer } from '@/lib/pdf-check/browser';
import { getPageMemo, runsHosted, warmUp } from './warm-up';

/** The provider a run would use, or null (the offline tailor). */
export function useActiveProfile() {
  return useQuery({ queryKey: ['active-profile'], queryFn: () => sendMessage('llm:active-profile') });
}

/**
 * The run history, newest first. Runs left "running" by a closed page are marked failed when
 * the view mounts and on a timer while it stays open; the live query itself only reads.
 */
export function useRuns() {
  useEffect(() => startStaleRunReaper(getDatabase()), []);
  return useLiveQuery(() => listRuns(getDatabase()), []);
}

/** One job's runs, newest first (from the jobId index: a few records, whatever the history's size). */
export function useJobRuns(jobId: string | undefined) {
  useEffect(() => startStaleRunReaper(getDatabase()), []);
  return useLiveQuery(() => (jobId ? listJobRuns(getDatabase(), jobId) : []), [jobId]);
}

/** One run by id, live (progress, then the outcome), or undefined. */
export function useRun(id: string | null) {
  return useLiveQuery(() => (id ? getDatabase().runs.get(id) : undefined), [id]);
}

export interface StartRunInput {
  resume: ResumeRecord;
  job: JobRecord;
  settings: TailorSettings;
  useModel: boolean;
  previous?: RunRecord;
}

/**
 * Starts a tailoring run. It runs in the run host — Chrome's offscreen document, Firefox's
 * background event page — so the panel may close and reopen: the run goes on, and is followed
 * through the database. Where there is no host it runs in this page, TeX in its Worker, the
 * LLM call in the background.
 */
export function useStartRun(onStarted: (runId: string) => void) {
  const controller = useRef<AbortController | null>(null);
  const remote = useRef(false);
  const profile = useActiveProfile();
  const mutation = useMutation({
    mutationFn: async ({ resume, job, settings, useModel, previous }: StartRunInput) => {
      const active = useModel ? profile.data : null;
      if (useModel && !active) throw new Error('No LLM provider is configured; add one in Settings or use the offline tailor.');
      if (await runsHosted()) {
        remote.current = true;
        const request = { resumeId: resume.id, jobId: job.id, useModel, previousRunId: previous?.id, settings };
        // The offscreen document may still be loading its script right after it was created.
        const { runId } = await sendMessage('run:start', request).catch(async () => {
          await new Promise((r) => setTimeout(r, 300));
          return sendMessage('run:start', request);
        });
        onStarted(runId);
        return runId;
      }
      remote.current = false;
      controller.current = new AbortController();
      // A warm-up still compiling the master finishes first, so the run finds it in the memo.
      await warmUp();
      // The guard's second opinion, when the setting is on: the same provider, its cheapest (or chosen) model.
      const verifyModel = active ? await sendMessage('llm:second-opinion:model', { profileId: active.id }) : null;
      return executeRun({
        db: getDatabase(),
        resume,
        job,
        settings,
        previous,
        compiler: getPageTexEngine(),
        pdfText: extractPdfTextBrowser,
        memo: getPageMemo(),
        textLayer: browserTextLayer,
        llm: active ? { client: createRemoteLlmClient(active.provider, active.id), provider: active.provider, model: active.model } : undefined,
        verify: active && verifyModel ? { client: createRemoteLlmClient(active.provider, active.id, verifyModel), provider: active.provider, model: verifyModel } : undefined,
        signal: controller.current.signal,
        onStarted,
      });
    },
  });
  return {
    ...mutation,
    /** Cancels a run: in the host by its id, or the one this page drives. */
    cancel: (runId: string) => {
      if (remote.current || !controller.current) void sendMessage('run:cancel', { runId }).catch((err: unknown) => console.warn('[bespoke] cancel:', String(err)));
      else controller.current.abort(new Error('Cancelled by the user.'));
    },
  };
}
