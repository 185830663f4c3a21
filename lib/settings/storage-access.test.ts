import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeKeys } from './key-vault.ts';
import { restrictStorageToExtension } from './storage-access.ts';

describe('K1 on a browser without storage.local.setAccessLevel (Firefox)', () => {
  it('reports the restriction as unavailable, and no key material is in storage.local or storage.session anyway', async () => {
    expect(typeof (fakeBrowser.storage.local as unknown as { setAccessLevel?: unknown }).setAccessLevel).toBe('undefined');
    expect(await restrictStorageToExtension()).toBe(false);
    await writeKeys({ p1: 'sk-firefox-path-0123456789' });
    const readable = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    expect(readable).not.toContain('sk-firefox-path-0123456789');
  });
});
