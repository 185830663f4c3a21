import { handle } from '@/lib/messaging/handle';

const OFFSCREEN_URL = 'offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | undefined;

/** Creates the offscreen document once (Chrome allows one per extension). */
async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  const runtime = (globalThis as { chrome?: { runtime?: RuntimeContexts } }).chrome?.runtime;
  const existing = await runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing?.length) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS'], justification: 'Runs the resume tailoring and the TeX compiler (a Worker) while the side panel is closed.' })
    .catch((err: unknown) => {
      // Another call created it first: that is the document we wanted.
      if (!/single offscreen/i.test(String(err))) throw err;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/**
 * Where tailoring runs live in Chrome: the offscreen document (created on demand), so a run does
 * not depend on the side panel staying open. Firefox's event page hosts them itself
 * (`event-page-run-host.ts`); a browser with neither answers `hosted: false` and the panel runs it.
 */
export function registerRunHosting(): void {
  handle('run:host', async () => {
    const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
    if (!offscreen) return { hosted: false };
    await ensureOffscreen(offscreen);
    return { hosted: true };
  });
}
