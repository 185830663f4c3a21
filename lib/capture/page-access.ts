/**
 * Pages no extension may read — browser pages, other extensions, the browser's web stores —
 * and the words to tell the person so, instead of the browser's own error ("Cannot access
 * contents of the page. Extension manifest must request permission…").
 */
const STORES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/addons\.mozilla\.org\//, /^https:\/\/microsoftedge\.microsoft\.com\/addons/];

/** Why Bespoke cannot read `url`, in plain words, or null when it may try. */
export function unreadablePageReason(url: string | undefined): string | null {
  if (!url) return 'This tab has no page Bespoke can read. Open a job posting, then click Bespoke again.';
  if (STORES.some((re) => re.test(url))) {
    return 'Browsers do not let extensions read their add-on store. Open a job posting on a careers site or job board, then click Bespoke again.';
  }
  if (/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|resource):/i.test(url)) {
    return 'This is one of your browser’s own pages, which no extension may read. Open a job posting on a careers site or job board, then click Bespoke again.';
  }
  if (/^file:/i.test(url)) {
    return 'Bespoke cannot read files on your computer unless you allow “file URLs” for it in the browser’s extension settings. You can also paste the description.';
  }
  if (!/^https?:/i.test(url)) return 'Bespoke reads web pages only. Open a job posting, then click Bespoke again.';
  return null;
}

/** The browser's raw refusal turned into plain words; other messages pass through unchanged. */
export function plainCaptureError(message: string, url?: string): string {
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|permission to access|no tab with id|frame with id/i.test(message)) {
    return unreadablePageReason(url) ?? 'The browser did not let Bespoke read this page. Reload it and click Bespoke again, or paste the description.';
  }
  return message;
}
