import type { Page } from '@playwright/test';

/** Every record of one table of the extension's IndexedDB, as stored (read from an extension page). */
export function readStore<T = unknown>(extensionPage: Page, table: 'jobs' | 'resumes' | 'runs'): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('bespoke');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as T[]);
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/** The `jobs` table as stored (for the demo's output). */
export function readStoredJobs(extensionPage: Page): Promise<unknown[]> {
  return readStore(extensionPage, 'jobs');
}

/** The PDF of the newest tailoring run, as stored in the history. */
export async function readLatestRunPdf(extensionPage: Page): Promise<Buffer | null> {
  // Uint8Arrays come back from page.evaluate as plain objects of index → byte.
  const runs = await readStore<{ startedAt: number; pdf?: Record<string, number> | null }>(extensionPage, 'runs');
  const latest = runs.sort((a, b) => b.startedAt - a.startedAt)[0];
  return latest?.pdf ? Buffer.from(Object.values(latest.pdf)) : null;
}
