import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsError } from './errors.ts';
import { lockVault, readKeys, removePassphrase, setPassphrase, unlockVault, vaultStatus, writeKeys } from './key-vault.ts';
import { loadBindings, loadVault } from './key-store.ts';
import { LockedVaultSchema } from './schema.ts';

const KEY = 'sk-live-abcdefghijklmnop';

async function localDump(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('key vault', () => {
  it('keeps keys out of storage.local (content scripts can read it), in clear without a passphrase', async () => {
    await writeKeys({ p1: KEY });
    expect(await readKeys()).toEqual({ p1: KEY });
    expect(await localDump()).not.toContain(KEY);
    expect(JSON.stringify(await new Promise((res) => { const r = indexedDB.open('bespoke-keys'); r.onsuccess = () => { const q = r.result.transaction('items').objectStore('items').getAll(); q.onsuccess = () => { r.result.close(); res(q.result); }; }; }))).toContain(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(KEY);
    expect(await vaultStatus()).toEqual({ hasPassphrase: false, unlocked: true });
  });

  it('encrypts keys under a passphrase with AES-GCM and PBKDF2 ≥ 310,000 iterations', async () => {
    await writeKeys({ p1: KEY });
    await setPassphrase('correct horse battery');
    const stored = LockedVaultSchema.parse(await loadVault());
    expect(stored.kdf.iterations).toBeGreaterThanOrEqual(310_000);
    expect(await localDump()).not.toContain(KEY);
    // Unlocked right after setting it; the derived key lives in session storage only.
    expect(await vaultStatus()).toEqual({ hasPassphrase: true, unlocked: true });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(KEY);
    expect(await readKeys()).toEqual({ p1: KEY });
  });

  it('refuses to read or write while locked, and unlocks with the right passphrase only', async () => {
    await writeKeys({ p1: KEY });
    await setPassphrase('correct horse battery');
    await lockVault();
    expect(await vaultStatus()).toEqual({ hasPassphrase: true, unlocked: false });
    await expect(readKeys()).rejects.toMatchObject({ kind: 'locked' });
    await expect(writeKeys({})).rejects.toBeInstanceOf(SettingsError);
    await expect(unlockVault('wrong passphrase!')).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await unlockVault('correct horse battery');
    expect(await readKeys()).toEqual({ p1: KEY });
  });

  it('re-encrypts new keys while unlocked and can drop the passphrase', async () => {
    await setPassphrase('correct horse battery');
    await writeKeys({ p2: KEY });
    expect(await localDump()).not.toContain(KEY);
    await removePassphrase('correct horse battery');
    expect(await vaultStatus()).toEqual({ hasPassphrase: false, unlocked: true });
    expect(await readKeys()).toEqual({ p2: KEY });
  });

  it('rejects a short passphrase', async () => {
    await expect(setPassphrase('short')).rejects.toMatchObject({ kind: 'weak-passphrase' });
  });

  it('refuses a damaged vault instead of silently emptying it', async () => {
    await fakeBrowser.storage.local.set({ 'llm.keys': { mode: 'locked', iv: 1 } });
    await expect(readKeys()).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('moves keys an older version left in storage.local into the key database, bound to their profile', async () => {
    await fakeBrowser.storage.local.set({
      'llm.keys': { mode: 'plain', keys: { p1: KEY } },
      'llm.profiles': [{ id: 'p1', label: 'Old', provider: 'openai', model: 'gpt-4o-mini', createdAt: 1, updatedAt: 1 }],
    });
    expect(await readKeys()).toEqual({ p1: KEY });
    expect(await localDump()).not.toContain(KEY);
    expect(await loadBindings()).toEqual({ p1: { provider: 'openai', origin: 'https://api.openai.com' } });
  });
});
