import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { tailorButton } from '../../scripts/browser/closed-shadow';
import { serveFixturePage } from './fixture-pages';
import { expectAccessible } from './accessibility';
import { sendFromPage } from './background-messages';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));
// The page route aborts every other http request; later tests and spec files talk to local fake providers.
test.afterEach(async ({ extension }) => extension.context.unrouteAll({ behavior: 'ignoreErrors' }));

const KEY = 'sk-test-e2e-3f9a1c0b7d2e4f6a8b9c';

let fake: FakeProvider;
test.beforeAll(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY });
});
test.afterAll(async () => {
  await fake.close();
});

test('adds a provider, tests the connection, saves it, and keeps the key out of sync and local storage, the data IndexedDB and logs', async ({ extension }) => {
  const { context, extensionId, worker } = extension;
  const logs: string[] = [];
  worker.on('console', (m) => logs.push(m.text()));
  const page = await context.newPage();
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(`chrome-extension://${extensionId}/options.html`);

  await page.getByRole('button', { name: /add provider/i }).click();
  const form = page.getByRole('form', { name: 'Provider configuration' });
  await form.getByLabel('Provider').selectOption('openai');
  await form.getByLabel('Name').fill('Fake OpenAI');
  await form.getByLabel('API key').fill(KEY);
  await form.getByLabel('Base URL').fill(`${fake.baseUrl}`);
  await form.getByRole('button', { name: 'Fetch models' }).click();
  // The fetched list fills the model field's suggestions (a datalist).
  await expect(form.locator('datalist option[value="gpt-4o-mini"]')).toHaveCount(1);
  await form.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');

  const save = form.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  await expectAccessible(page, 'options, provider form');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(save).toBeEnabled();
  await save.click();
  await expect(page.getByText('Fake OpenAI')).toBeVisible();

  // The fake server saw the key: the request really went to the provider, with the key.
  expect(fake.requests.some((r) => JSON.stringify(r.headers).includes(KEY))).toBe(true);

  const stores = await worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const sync = await chrome.storage.sync.get(null);
    const local = await chrome.storage.local.get(null);
    const dbs = await indexedDB.databases();
    const idb: unknown[] = [];
    for (const { name } of dbs) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        if (name === 'bespoke-keys') continue; // where the key belongs (checked below)
        const rows = await new Promise<unknown[]>((res) => {
          const q = db.transaction(store).objectStore(store).getAll();
          q.onsuccess = () => res(q.result);
        });
        idb.push(rows);
      }
      db.close();
    }
    const keyDb = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('bespoke-keys');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const keyRows = await new Promise<unknown[]>((res) => {
      const q = keyDb.transaction('items').objectStore('items').getAll();
      q.onsuccess = () => res(q.result);
    });
    keyDb.close();
    return { sync: JSON.stringify(sync), local: JSON.stringify(local), idb: JSON.stringify(idb), keys: JSON.stringify(keyRows) };
  });
  expect(stores.keys).toContain(KEY); // in the extension-origin key database, where it belongs…
  expect(stores.local).not.toContain(KEY); // …and nowhere else (content scripts can read storage.local)
  expect(stores.sync).not.toContain(KEY);
  expect(stores.idb).not.toContain(KEY);
  expect(logs.join('\n')).not.toContain(KEY);
});

test('a passphrase encrypts the saved key; locked, the provider is refused with the next step; unlocked, it works again', async ({ extension }) => {
  const { context, extensionId } = extension;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // The provider saved by the first test; a draft with the same key tests the calls below.
  const draft = { label: 'Fake OpenAI', provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: KEY };
  const saved = await sendFromPage<{ id: string }>(page, 'llm:profile:save', draft);
  expect(saved.err).toBeUndefined();
  const chat = () => sendFromPage(page, 'llm:chat', { requestId: crypto.randomUUID(), profileId: saved.res!.id, request: { messages: [{ role: 'user', content: 'ping' }] } });
  expect((await chat()).err).toBeUndefined();

  const vault = page.getByRole('region', { name: 'Key protection' });
  await vault.getByLabel('Passphrase').fill('correct horse battery staple');
  await vault.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(vault.getByRole('heading', { name: 'Keys unlocked' })).toBeVisible();
  // Encrypted at rest: the key database no longer holds the key in plain text.
  const keyRows = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('bespoke-keys'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const rows = await new Promise<unknown[]>((res) => { const q = db.transaction('items').objectStore('items').getAll(); q.onsuccess = () => res(q.result); });
    db.close();
    return JSON.stringify(rows);
  });
  expect(keyRows).not.toContain(KEY);

  await vault.getByRole('button', { name: 'Lock now' }).click();
  await expect(vault.getByRole('heading', { name: 'Keys locked' })).toBeVisible();
  expect((await chat()).err?.message).toMatch(/locked\. Enter the passphrase/);
  await expectAccessible(page, 'options, keys locked');

  await vault.getByLabel('Passphrase').fill('wrong passphrase');
  await vault.getByRole('button', { name: 'Unlock' }).click();
  await expect(vault.getByRole('alert')).toBeVisible();
  await expect(vault.getByRole('heading', { name: 'Keys locked' })).toBeVisible();
  await vault.getByLabel('Passphrase').fill('correct horse battery staple');
  await vault.getByRole('button', { name: 'Unlock' }).click();
  await expect(vault.getByRole('heading', { name: 'Keys unlocked' })).toBeVisible();
  expect((await chat()).err).toBeUndefined();

  // Removed with the passphrase: the key is stored as before and keeps working.
  await vault.getByLabel('Passphrase').fill('correct horse battery staple');
  await vault.getByRole('button', { name: 'Remove passphrase' }).click();
  await expect(vault.getByRole('heading', { name: 'Protect keys with a passphrase' })).toBeVisible();
  expect((await chat()).err).toBeUndefined();
});

test('K1: a content script on a job board cannot read the key (storage.local is closed to it, the key database is not its origin)', async ({ extension }) => {
  const { context } = extension;
  const url = await serveFixturePage(context, 'greenhouse-board-1.html');
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.present()).toBe(true); // our content script runs here
  // Evaluated in our content script's own isolated world (found through the DevTools protocol):
  // exactly what a compromised or confused content script could do.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const ours = () => worlds.find((w) => w.auxData?.type === 'isolated' && /bespoke/i.test(w.name));
  await expect.poll(() => Boolean(ours()), { message: JSON.stringify(worlds) }).toBe(true);
  const world = ours()!;
  const probe = `(async () => {
    const read = async (area) => {
      try { return JSON.stringify(await chrome.storage[area].get(null)); } catch (err) { return 'refused: ' + err.message; }
    };
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    return { local: await read('local'), session: await read('session'), dbs, origin: location.origin, runtime: !!chrome.runtime?.id };
  })()`;
  const { result } = await cdp.send('Runtime.evaluate', { expression: probe, contextId: world.id, awaitPromise: true, returnByValue: true });
  const seen = result.value as { local: string; session: string; dbs: string[]; origin: string; runtime: boolean };
  expect(seen.runtime).toBe(true); // really the extension's content-script world
  expect(seen.origin).toBe(new URL(url).origin);
  expect(seen.local).toMatch(/^refused/);
  expect(seen.session).toMatch(/^refused/);
  expect(seen.dbs).not.toContain('bespoke-keys');
  expect(JSON.stringify(seen)).not.toContain(KEY);
  await page.close();
});

test('exporting a backup leaves the key out; a malformed backup is refused with a reason', async ({ extension }) => {
  const { context, extensionId } = extension;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all data' }).click();
  const file = await (await download).path();
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  expect(text).toContain('Fake OpenAI');
  expect(text).not.toContain(KEY);

  await page.getByTestId('import-backup').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
  await expect(page.getByTestId('backup-error')).toContainText('not a Bespoke backup');
});
