import { handle } from '@/lib/messaging/handle';
import type { RunHost } from '@/lib/runs/run-host';

/**
 * Firefox: the background is an event page, a document that may start Workers, so it hosts
 * tailoring runs itself (Chrome needs its offscreen document for that). Closing the sidebar
 * then neither stops nor hides a run.
 *
 * The listeners are registered at once (a message that wakes the page must find them); the
 * host — the TeX engine and pdf.js — is imported on the first run. That import sits behind
 * the entrypoint's build-time Firefox branch, so Chrome's service-worker bundle never holds it
 * (a static import would keep pdf.js there: its modules assign globals when evaluated).
 */
export function registerEventPageRunHost(): void {
  let host: Promise<RunHost> | undefined;
  const load = () => (host ??= import('./event-page-host').then((m) => m.createEventPageHost()));
  handle('run:host', () => ({ hosted: true }));
  handle('run:start', async (request) => (await load()).start(request));
  handle('run:cancel', async ({ runId }) => (await load()).cancel(runId));
  handle('run:warm-up', async () => void (await load()).warmUp());
}
