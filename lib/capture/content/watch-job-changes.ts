import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` when a single-page app (LinkedIn's `currentJobId`, Indeed's `vjk`, …) shows
 * another job without a page load. The new job's DOM arrives after the URL changes, so the
 * callback runs once the page has been quiet for `settleMs`. Timers and listeners are bound to
 * `ctx` and vanish when the content script is invalidated.
 */
export function watchJobChanges(
  ctx: ContentScriptContext,
  jobKeyFromUrl: (url: string) => string,
  onChange: (url: string) => void,
  settleMs = 600,
): void {
  let currentKey = jobKeyFromUrl(location.href);
  let timer: number | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    const key = jobKeyFromUrl(newUrl.href);
    if (key === currentKey) return;
    currentKey = key;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => onChange(newUrl.href), settleMs);
  });
}
