import { useEffect, useState } from 'react';
import { AUTO_TAILOR_TTL_MS, autoTailorItem, type AutoTailorRequest } from '@/lib/capture/panel-tab';

/**
 * The keyboard shortcut's request (lib/capture/tailor-command.ts): once the posting it captured
 * is the one shown and nothing is running, `start` runs once and the request is cleared. A
 * request the panel was not there to take within two minutes is dropped, never acted on later.
 */
export function useAutoTailor(jobId: string | undefined, ready: boolean, start: () => void): void {
  const [request, setRequest] = useState<AutoTailorRequest | null>(null);
  useEffect(() => {
    void autoTailorItem.getValue().then(setRequest);
    return autoTailorItem.watch(setRequest);
  }, []);
  useEffect(() => {
    if (!request || !ready || request.jobId !== jobId) return;
    setRequest(null);
    void (async () => {
      // Taken only if still there: a second open panel must not start the same run again.
      const current = await autoTailorItem.getValue();
      if (current?.at !== request.at) return;
      await autoTailorItem.setValue(null);
      if (Date.now() - request.at <= AUTO_TAILOR_TTL_MS) start();
    })();
  }, [request, ready, jobId, start]);
}
