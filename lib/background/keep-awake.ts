import { browser } from 'wxt/browser';

/**
 * Firefox suspends an event page 30 s after its last extension event or parent-process API call
 * (`extensions.background.idle.timeout`); a Worker computing, a fetch waiting or IndexedDB writes
 * do not count, so a run compiling TeX with the sidebar closed would be cut off mid-way. Each
 * `runtime.getPlatformInfo()` is answered by the parent process and so restarts that countdown
 * (Firefox's `background-script-reset-idle`, reason "parentapicall"). Every 2 s, far inside the
 * countdown: on a loaded machine timers fire late, and one ping late past the timeout loses the
 * run (seen with the e2e test's 8 s timeout and 5 s pings on two busy cores).
 */
export const KEEP_AWAKE_EVERY_MS = 2_000;

/**
 * Calls a cheap parent-process API every `everyMs` until the returned function is called.
 * Only while a run is in flight: an idle add-on must still be suspended as Firefox intends.
 */
export function keepAwake(ping: () => Promise<unknown> = () => browser.runtime.getPlatformInfo(), everyMs = KEEP_AWAKE_EVERY_MS): () => void {
  const timer = setInterval(() => {
    ping().catch((err: unknown) => console.warn('[bespoke] keep-awake call failed:', String(err)));
  }, everyMs);
  return () => clearInterval(timer);
}

/** An `onBusyChange` for the run host: awake from the first run's start to the last one's end. */
export function keepAwakeWhileBusy(start: () => () => void = keepAwake): (busy: boolean) => void {
  let stop: (() => void) | undefined;
  return (busy) => {
    if (busy) stop ??= start();
    else {
      stop?.();
      stop = undefined;
    }
  };
}
