import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { createSettingsHandlers } from './handlers.ts';
import { resolveProviderConfig } from './profiles.ts';
import { profilesItem } from './storage-items.ts';

const KEY = 'sk-settings-test-0123456789';
let fake: FakeProvider;
const api = createSettingsHandlers({ llm: { retry: { maxRetries: 0 } } });

beforeEach(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY });
});
afterEach(async () => {
  await fake.close();
});

const draft = () => ({ label: 'My OpenAI', provider: 'openai' as const, baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: KEY });

describe('settings handlers', () => {
  it('refuses to save before a successful connection test', async () => {
    await expect(api.saveProfile(draft())).rejects.toMatchObject({ kind: 'not-tested' });
    expect(await api.listProfiles()).toEqual([]);
  });

  it('tests, saves, lists without the key and makes the first profile the default', async () => {
    const report = await api.testConnection(draft());
    expect(report.modelListed).toBe(true);
    const saved = await api.saveProfile(draft());
    expect(saved).toMatchObject({ label: 'My OpenAI', hasKey: true, isDefault: true });
    const listed = await api.listProfiles();
    expect(JSON.stringify(listed)).not.toContain(KEY);
    expect(await resolveProviderConfig()).toMatchObject({ provider: 'openai', apiKey: KEY, model: 'gpt-4o-mini' });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(KEY);
  });

  it('refuses to save settings that differ from the tested ones', async () => {
    await api.testConnection(draft());
    await expect(api.saveProfile({ ...draft(), model: 'gpt-4.1' })).rejects.toMatchObject({ kind: 'not-tested' });
  });

  it('edits a profile keeping its stored key when the form leaves the key empty', async () => {
    await api.testConnection(draft());
    const saved = await api.saveProfile(draft());
    const edit = { ...draft(), id: saved.id, apiKey: '', model: 'gpt-4.1' };
    expect((await api.listModels(edit)).map((m) => m.id)).toContain('gpt-4.1');
    await api.testConnection(edit);
    await api.saveProfile(edit);
    expect(await resolveProviderConfig(saved.id)).toMatchObject({ apiKey: KEY, model: 'gpt-4.1' });
    expect(fake.requests.every((r) => r.apiKey === KEY)).toBe(true);
  });

  it('reports a failing test with the typed reason and saves nothing', async () => {
    await expect(api.testConnection({ ...draft(), apiKey: 'sk-wrong-000000000' })).rejects.toMatchObject({ kind: 'bad-key' });
    await expect(api.saveProfile({ ...draft(), apiKey: 'sk-wrong-000000000' })).rejects.toMatchObject({ kind: 'not-tested' });
  });

  it('moves the default when the default profile is deleted', async () => {
    await api.testConnection(draft());
    const a = await api.saveProfile(draft());
    const b = await api.saveProfile({ ...draft(), label: 'Second' });
    await api.deleteProfile(a.id);
    const left = await api.listProfiles();
    expect(left.map((p) => [p.id, p.isDefault])).toEqual([[b.id, true]]);
    await api.setDefaultProfile(b.id);
    await expect(api.setDefaultProfile(a.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('validates drafts with a readable message', async () => {
    await expect(api.testConnection({ ...draft(), provider: 'custom', baseUrl: '' })).rejects.toThrow(/base URL/);
    await expect(api.testConnection({ ...draft(), label: ' ' })).rejects.toThrow(/name/);
  });

  it('K2: a stored key is bound to its provider and origin; changing either needs the key again', async () => {
    const other = await startFakeProvider('openai', { apiKey: KEY });
    try {
      await api.testConnection(draft());
      const saved = await api.saveProfile(draft());
      const moved = { ...draft(), id: saved.id, apiKey: '', baseUrl: other.baseUrl };
      await expect(api.listModels(moved)).rejects.toMatchObject({ kind: 'key-required' });
      await expect(api.testConnection(moved)).rejects.toMatchObject({ kind: 'key-required' });
      await expect(api.listModels({ ...draft(), id: saved.id, apiKey: '', provider: 'custom' })).rejects.toMatchObject({ kind: 'key-required' });
      expect(other.requests).toHaveLength(0);
      // A profile changed behind the form's back (e.g. by a backup) does not take the key along.
      await profilesItem.setValue((await profilesItem.getValue()).map((p) => ({ ...p, baseUrl: other.baseUrl })));
      await expect(resolveProviderConfig(saved.id)).rejects.toMatchObject({ kind: 'key-required' });
      expect(other.requests).toHaveLength(0);
      // Re-entering the key and passing the test rebinds it.
      await api.testConnection({ ...moved, apiKey: KEY });
      await api.saveProfile({ ...moved, apiKey: KEY });
      expect(await resolveProviderConfig(saved.id)).toMatchObject({ apiKey: KEY, baseUrl: other.baseUrl });
    } finally {
      await other.close();
    }
  });
});
