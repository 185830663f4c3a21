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
