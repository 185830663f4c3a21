/**
 * Firefox twin of tests/e2e/run-survives.spec.ts: the background event page hosts the run, so
 * closing the page that shows the panel mid-run neither stops nor loses it.
 *
 * The panel UI is opened as a tab (`sidepanel.html`) and that tab is closed: Firefox's sidebar
 * itself cannot be opened or closed from WebDriver BiDi (`sidebarAction.open` needs a user
 * gesture), and the run does not care which page asked for it — as in the Chrome test.
 *
 * Firefox suspends an idle event page after 30 s; here after 8 s
 * (`extensions.background.idle.timeout`), and the model (a local fake) answers only after 14 s:
 * a pending fetch does not keep an event page alive, so the run can only finish if the page
 * keeps itself awake (lib/background/keep-awake.ts). It also shows the model being called from
 * the background itself (a page's messages never reach itself).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { byLabel, clickButton, clickTab, expect, openExtensionPage, pastePosting, read, test } from './fixtures';

const IDLE_TIMEOUT_MS = 8_000;
const MODEL_DELAY_MS = 14_000;
test.use({ firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS } });

const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');
const KEY = 'sk-firefox-slow-5d02';

let fake: FakeProvider;
test.beforeAll(async () => {
  // An empty plan: the run keeps the resume as it is, after the model's (slow) answer.
  fake = await startFakeProvider('openai', { apiKey: KEY, reply: '{"edits": [], "reorders": []}' });
});
test.afterAll(() => fake.close());

/** Sends one protocol message from an extension page (@webext-core/messaging's envelope). */
function send(page: import('puppeteer-core').Page, type: string, data: unknown): Promise<{ res?: { id: string }; err?: { message: string } }> {
  return page.evaluate((t, d) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<never> } } }).browser.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }), type, data);
}

test('closing the panel mid-run: the background finishes the run and a reopened panel shows it done', async ({ firefox }) => {
  // The provider, set up as the settings page does (its form is covered in firefox.spec.ts).
  const options = await openExtensionPage(firefox, 'options.html');
  const draft = { label: 'Slow model', provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: KEY };
  expect((await send(options, 'llm:connection:test', draft)).err).toBeUndefined();
  const saved = await send(options, 'llm:profile:save', draft);
  expect(saved.err).toBeUndefined();
  await send(options, 'llm:profile:set-default', { id: saved.res!.id });
  await options.close();
  fake.setReplyDelay(MODEL_DELAY_MS);

  const panel = await openExtensionPage(firefox, 'sidepanel.html');
  await clickTab(panel, 'Resume');
  const input = await panel.waitForSelector('input[data-testid=import-files]');
  await input!.uploadFile(resolve('scripts/demo/sample-resume/resume.tex'));
  await panel.waitForFunction(() => /resume/.test(document.querySelector('[data-testid=resume-list]')?.textContent ?? ''));
  await pastePosting(panel, { title: 'Platform Engineer', company: 'Northwind', description: POSTING });
  await clickTab(panel, 'Tailor');
  await panel.waitForFunction(() => /Northwind/.test(document.querySelector('[data-testid=tailor-job]')?.textContent ?? ''));
  const useModel = await byLabel(panel, 'Rewrite with Slow model');
  if (!(await useModel.evaluate((el) => (el as HTMLInputElement).checked))) await useModel.click();
  await clickButton(panel, 'Tailor resume');
  // The run is recorded and under way: the page that asked for it goes away.
  await panel.waitForSelector('[data-testid=run-view][data-status=running]', { timeout: 30_000 });
  const closedAt = Date.now();
  await panel.close();

  // Nobody looks for a while: longer than Firefox's (shortened) idle timeout.
  await new Promise((r) => setTimeout(r, IDLE_TIMEOUT_MS + 4_000));

  const again = await openExtensionPage(firefox, 'sidepanel.html');
  await clickTab(again, 'Tailor');
  await again.waitForSelector('[data-testid=run-view][data-status=done], [data-testid=run-view][data-status=failed]', { timeout: 150_000 });
  // A failed run says why (a timeout under load reads differently from a lost run).
  const why = await again.evaluate(() => document.querySelector('[data-testid=run-error]')?.textContent ?? '');
  expect(await read(again, '[data-testid=run-view]', '@data-status'), why).toBe('done');
  expect(await read(again, '[data-testid=run-score]', 'text')).toMatch(/Match score \d+ → \d+/);
  await again.waitForSelector('[data-testid=pdf-preview] canvas', { timeout: 30_000 });
  // The run was still going well after the idle timeout had passed (it was not simply quick),
  // and the model was asked once (the plan), from the background.
  const finishedAt = await again.evaluate(async () => {
    const open = indexedDB.open('bespoke');
    const db = await new Promise<IDBDatabase>((ok, ko) => { open.onsuccess = () => ok(open.result); open.onerror = () => ko(open.error); });
    const runs = await new Promise<{ finishedAt?: number }[]>((ok) => {
      const req = db.transaction('runs').objectStore('runs').getAll();
      req.onsuccess = () => ok(req.result as { finishedAt?: number }[]);
    });
    db.close();
    return Math.max(...runs.map((r) => r.finishedAt ?? 0));
  });
  console.log(`run finished ${((finishedAt - closedAt) / 1000).toFixed(1)} s after the panel closed`);
  expect(finishedAt - closedAt).toBeGreaterThan(IDLE_TIMEOUT_MS);
  expect(fake.requests.filter((r) => r.endpoint === 'chat' && r.apiKey === KEY).length).toBeGreaterThanOrEqual(2);
  await again.close();
});
