import { useMutation, useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { sendMessage } from '@/lib/messaging/protocol';
import { executeRun } from '@/lib/runs/execute-run';
import { createRemoteLlmClient } from '@/lib/runs/remote-llm-client';
import { listRuns, startStaleRunReaper } from '@/lib/runs/run-store';
import type { TailorSettings } from '@/lib/tailor/index';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';
import { browserTextLayer } from '@/lib/pdf-check/browser';
import { getPageMemo, warmUp } from './warm-up';

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

export interface StartRunInput {
  resume: ResumeRecord;
  job: JobRecord;
  settings: TailorSettings;
  useModel: boolean;
  previous?: RunRecord;
}

/** Starts a tailoring run in this page (TeX in its Worker, the LLM call in the background). */
export function useStartRun(onStarted: (runId: string) => void) {
  const controller = useRef<AbortController | null>(null);
  const profile = useActiveProfile();
  const mutation = useMutation({
    mutationFn: async ({ resume, job, settings, useModel, previous }: StartRunInput) => {
      controller.current = new AbortController();
      const active = useModel ? profile.data : null;
      if (useModel && !active) throw new Error('No LLM provider is configured; add one in Settings or use the offline tailor.');
      // A warm-up still compiling the master finishes first, so the run finds it in the memo.
      await warmUp();
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
        signal: controller.current.signal,
        onStarted,
      });
    },
  });
  return { ...mutation, cancel: () => controller.current?.abort(new Error('Cancelled by the user.')) };
}
