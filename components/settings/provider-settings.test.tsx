// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { createSettingsHandlers, type SettingsApi } from '../../lib/settings/index.ts';
import { ProviderSettings } from './provider-settings.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'sk-ui-test-key-0123456789';
let fake: FakeProvider;
let root: Root;
let host: HTMLElement;
let permissionAsks: string[];

function api(): SettingsApi {
  return {
    ...createSettingsHandlers({ llm: { retry: { maxRetries: 0 } } }),
    requestHostPermission: async (url) => {
      permissionAsks.push(url);
      return true;
    },
  };
}

/** Types into a React-controlled input the way a browser does (native setter + input event). */
function type(label: string, value: string) {
  const input = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.control as HTMLInputElement | HTMLSelectElement;
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function button(name: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function click(name: string) {
  await act(async () => button(name).click());
}

/** Lets real HTTP round-trips to the fake server finish, re-rendering as they do. */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

beforeEach(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY });
  permissionAsks = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<ProviderSettings api={api()} confirmDelete={() => true} />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  await fake.close();
});

describe('ProviderSettings', () => {
  it('adds a provider: fetch models, test, then save; the key never shows or syncs', async () => {
    await click('Add provider');
    type('Name', 'Fake OpenAI');
    type('API key', KEY);
    type('Base URL', fake.baseUrl);
    await click('Fetch models');
    await until(() => host.textContent!.includes('3 models found.'));
    expect(host.querySelectorAll('datalist option')).toHaveLength(3);
    expect(button('Save').disabled).toBe(true);

    await click('Test connection');
    await until(() => host.textContent!.includes('Connection works'));
    expect(button('Save').disabled).toBe(false);
    expect(permissionAsks).toContain(fake.baseUrl);

    await click('Save');
    await until(() => host.querySelector('[data-profile-id]') !== null);
    expect(host.textContent).toContain('Fake OpenAI');
    // The first provider becomes the default, marked on its line.
    const line = host.querySelector('[data-profile-id]')!.textContent!;
    expect(line).toContain('default');
    expect(line).not.toContain('Make default');
    expect(host.innerHTML).not.toContain(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(KEY);
  });

  it('shows why a test failed and keeps Save disabled; editing after a test disables Save again', async () => {
    await click('Add provider');
    type('Name', 'Wrong key');
    type('API key', 'sk-not-the-right-key-000');
    type('Base URL', fake.baseUrl);
    type('Model', 'gpt-4o-mini');
    await click('Test connection');
    await until(() => host.querySelector('[role=alert]') !== null);
    expect(host.querySelector('[role=alert]')!.textContent).toMatch(/rejected the API key/);
    expect(button('Save').disabled).toBe(true);

    type('API key', KEY);
    await click('Test connection');
    await until(() => !button('Save').disabled);
    type('Model', 'gpt-4.1');
    expect(button('Save').disabled).toBe(true);
  });

  it('locks and unlocks the keys with a passphrase', async () => {
    type('Passphrase', 'a long passphrase');
    await click('Set passphrase');
    await until(() => host.textContent!.includes('Keys unlocked'));
    await click('Lock now');
    await until(() => host.textContent!.includes('Keys locked'));
    expect(button('Add provider').disabled).toBe(true);
    type('Passphrase', 'not it at all');
    await click('Unlock');
    await until(() => host.querySelector('[role=alert]') !== null);
    type('Passphrase', 'a long passphrase');
    await click('Unlock');
    await until(() => host.textContent!.includes('Keys unlocked'));
    expect(button('Add provider').disabled).toBe(false);
  });
});
