// Every unit test gets a real (in-memory) IndexedDB and a fresh fake browser.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Empties the extension-origin key database (lib/settings/key-store.ts) like a fresh install. */
function clearKeyDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bespoke-keys');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('items')) { db.close(); resolve(); return; }
      const tx = db.transaction('items', 'readwrite');
      tx.objectStore('items').clear();
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearKeyDatabase();
});
