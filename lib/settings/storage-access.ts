import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Content scripts may read `storage.local` by default, and they run on pages that may be
 * hostile. Chrome (≥ 102) lets the extension restrict it to its own pages and worker; the
 * setting is not persisted, so it is applied on every start of the service worker. Browsers
 * without it (Firefox) rely on the keys living in the extension-origin IndexedDB (key-store.ts).
 * Resolves to whether the restriction is in force.
 */
export async function restrictStorageToExtension(): Promise<boolean> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
