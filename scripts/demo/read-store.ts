import type { Page } from '@playwright/test';

/** Reads the `jobs` table straight from the extension's IndexedDB, as stored (for the demo's output). */
export function readStoredJobs(extensionPage: Page): Promise<unknown[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('bespoke');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('jobs', 'readonly');
          const all = tx.objectStore('jobs').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The PDF of the newest tailoring run, as stored in the history. */
export async function readLatestRunPdf(extensionPage: Page): Promise<Buffer | null> {
  const bytes = await extensionPage.evaluate(
    () =>
      new Promise<number[] | null>((resolve, reject) => {
        const open = indexedDB.open('bespoke');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('runs', 'readonly').objectStore('runs').getAll();
          all.onsuccess = () => {
            const runs = (all.result as { startedAt: number; pdf?: Uint8Array | null }[]).sort((a, b) => b.startedAt - a.startedAt);
            resolve(runs[0]?.pdf ? Array.from(runs[0].pdf) : null);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return bytes ? Buffer.from(bytes) : null;
}
