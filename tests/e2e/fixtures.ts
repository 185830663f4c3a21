import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser/launch';

/** One Chromium with the built extension per test file (a worker-scoped fixture). */
export const test = base.extend<{}, { extension: { context: BrowserContext; extensionId: string; worker: Worker } }>({
  extension: [
    async ({}, use) => {
      const browser = await launchWithExtension({ headless: process.env.HEADED !== '1' });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

/**
 * Empties the extension's IndexedDB tables and storage areas. The browser is shared by every
 * spec file of a worker, so each file starts from a fresh install's state with this.
 */
export async function resetExtensionState(extension: { context: BrowserContext; extensionId: string }): Promise<void> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await page.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bespoke');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = Array.from(db.objectStoreNames);
    if (stores.length) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const name of stores) tx.objectStore(name).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    // The API keys live in their own database (lib/settings/key-store.ts).
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('bespoke-keys');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const keys = open.result;
        if (!keys.objectStoreNames.contains('items')) { keys.close(); resolve(); return; }
        const tx = keys.transaction('items', 'readwrite');
        tx.objectStore('items').clear();
        tx.oncomplete = () => { keys.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await page.close();
}
