/**
 * The flows that matter, in Debian's firefox-esr with the built Firefox add-on
 * (`.output/firefox-mv3`): capture from a job board, the sidebar page, compile, the offline
 * tailor, settings. Puppeteer drives Firefox over WebDriver BiDi; the test runner is Playwright's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { join, resolve } from 'node:path';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { FIXTURE_URLS } from '../fixtures/jobs/fixture-urls';
import { byLabel, clickButton, clickTab, expect, fill, openExtensionPage, panelTabs, pastePosting, read, servePageAt, test } from './fixtures';

const LEVER = 'lever-1.html';
const JAKE = resolve('tests/fixtures/tex/jake-resume');
const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');
const KEY = 'sk-firefox-e2e-7c21';

test('the manifest gives Firefox a sidebar, a gecko id and no Chrome-only permission', () => {
  const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.browser_specific_settings.gecko.id).toBe('bespoke@bespoke.dev');
  expect(manifest.permissions).not.toContain('sidePanel');
  expect(manifest.background.scripts).toEqual(['background.js']);
});

test('captures a Lever posting with the on-page button and opens the panel with it', async ({ firefox }) => {
  const page = await firefox.browser.newPage();
  const url = FIXTURE_URLS[LEVER]!;
  await servePageAt(page, url, join('tests/fixtures/jobs', LEVER));
  await page.goto(url);
  const panelUrl = firefox.extensionUrl('sidepanel.html');
  expect(await panelTabs(firefox, panelUrl)).toHaveLength(0);
  // The button lives in a closed shadow root (a page script cannot reach or press it): find a
  // point the button covers (elementFromPoint answers with its host) and click there with a real,
  // trusted mouse event over WebDriver BiDi.
  const point = await page.waitForFunction(() => {
    const host = document.querySelector('bespoke-tailor-button');
    if (!host) return null;
    const hits: [number, number][] = [];
    for (let y = innerHeight - 2; y > innerHeight - 240; y -= 3) {
      for (let x = innerWidth - 2; x > innerWidth - 480; x -= 3) if (document.elementFromPoint(x, y) === host) hits.push([x, y]);
    }
    if (hits.length === 0) return null;
    return { x: hits.reduce((n, h) => n + h[0], 0) / hits.length, y: hits.reduce((n, h) => n + h[1], 0) / hits.length };
  }, { timeout: 20_000, polling: 200 });
  const { x, y } = (await point.jsonValue())!;
  await page.mouse.click(x, y);
  // Firefox lets only its own user-input handlers open the sidebar, so the click opens the
  // panel in a tab beside the posting (lib/capture/panel.ts): the user sees the capture at once.
  await expect.poll(async () => (await panelTabs(firefox, panelUrl)).length, { timeout: 15_000 }).toBe(1);
  const [panel] = await panelTabs(firefox, panelUrl);
  await panel!.waitForSelector('[data-testid=job-title]');
  await expect.poll(() => read(panel!, '[data-testid=job-title]', 'value')).toBe('Senior Backend Engineer, Pricing');
  expect(await read(panel!, '[data-testid=job-company]', 'value')).toBe('Brightline Freight');
  expect(await read(panel!, '[data-testid=job-description]', 'value')).toMatch(/^Brightline Freight moves 60,000 truckloads a month/);
  await panel!.close();
  await page.close();
});

/** Imports Jake's resume as a master from the Resume tab, unless one is stored already. */
async function ensureMaster(panel: Page, always = false): Promise<void> {
  await clickTab(panel, 'Resume');
  await panel.waitForSelector('[data-testid=resume-list], [data-testid=no-resume]');
  if (!always && (await panel.$('[data-testid=resume-list]'))) return;
  const input = await panel.waitForSelector('input[data-testid=import-files]');
  await input!.uploadFile(...readdirSync(JAKE).map((f) => join(JAKE, f)));
  await panel.waitForFunction(() => /resume/.test(document.querySelector('[data-testid=resume-list]')?.textContent ?? ''));
}

test('imports a master resume and compiles it to a PDF inside Firefox', async ({ firefox }) => {
  const panel = await openExtensionPage(firefox, 'sidepanel.html');
  await ensureMaster(panel, true);
  await clickButton(panel, 'Compile');
  await panel.waitForSelector('[data-testid=compile-result][data-ok]', { timeout: 150_000 });
  expect(await read(panel, '[data-testid=compile-result]', '@data-ok')).toBe('true');
  expect(await read(panel, '[data-testid=compile-result]', '@data-pages')).toBe('1');
  // pdf.js drew the page: a real PDF came out of the engine.
  await panel.waitForSelector('[data-testid=pdf-preview] canvas', { timeout: 30_000 });
  await panel.close();
});

test('offline tailor: pasted posting + the imported master → tailored PDF with scores', async ({ firefox }) => {
  const panel = await openExtensionPage(firefox, 'sidepanel.html');
  // Its own master when run alone or retried in a fresh browser (the test above imports one too).
  await ensureMaster(panel);
  await pastePosting(panel, { title: 'Senior Backend Engineer (Python)', company: 'Clinicly', description: POSTING });
  await expect.poll(() => read(panel, '[data-testid=job-title]', 'value')).toBe('Senior Backend Engineer (Python)');

  await clickTab(panel, 'Tailor');
  await panel.waitForFunction(() => /Clinicly/.test(document.querySelector('[data-testid=tailor-job]')?.textContent ?? ''));
  await clickButton(panel, 'Tailor resume');
  await panel.waitForSelector('[data-testid=run-view][data-status=done], [data-testid=run-view][data-status=failed]', { timeout: 150_000 });
  expect(await read(panel, '[data-testid=run-view]', '@data-status')).toBe('done');
  expect(await read(panel, '[data-testid=run-score]', 'text')).toMatch(/Match score \d+ → \d+/);
  await panel.waitForSelector('[data-testid=pdf-preview] canvas', { timeout: 30_000 });
  expect(await read(panel, '[data-testid=keyword-table]', 'text')).toContain('PostgreSQL');
  await panel.close();
});

let fake: FakeProvider;
test.beforeAll(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY });
});
test.afterAll(() => fake.close());

test('settings: adds a provider, tests the connection against a local server and saves it', async ({ firefox }) => {
  const page = await openExtensionPage(firefox, 'options.html');
  await clickButton(page, 'Add provider');
  const form = '[aria-label="Provider configuration"]';
  await page.waitForSelector(form);
  await (await byLabel(page, 'Provider', form)).select('openai');
  await fill(page, 'Name', 'Fake OpenAI', form);
  await fill(page, 'API key', KEY, form);
  await fill(page, 'Base URL', fake.baseUrl, form);
  await fill(page, 'Model', 'gpt-4o-mini', form);
  await clickButton(page, 'Test connection', form);
  await page.waitForFunction((f) => {
    const save = [...document.querySelectorAll(`${f} button`)].find((b) => b.textContent === 'Save') as HTMLButtonElement | undefined;
    return save && !save.disabled;
  }, { timeout: 30_000 }, form);
  await clickButton(page, 'Save', form);
  await page.waitForFunction(() => document.body.innerText.includes('Fake OpenAI'));
  // The request really went to the provider, with the key.
  expect(fake.requests.some((r) => JSON.stringify(r.headers).includes(KEY))).toBe(true);
  // K1 in Firefox: content scripts can read storage.local here (Firefox has no access level for
  // it), so no key material may be in it; the key lives in the extension origin's IndexedDB.
  const stored = await page.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<unknown> } } } }).browser;
    return { local: JSON.stringify(await ext.storage.local.get(null)), dbs: (await indexedDB.databases()).map((d) => d.name) };
  });
  expect(stored.local).not.toContain(KEY);
  expect(stored.dbs).toContain('bespoke-keys');
  await page.close();
  // …which a job page's origin (where content scripts keep their storage) cannot open.
  const job = await firefox.browser.newPage();
  const url = FIXTURE_URLS[LEVER]!;
  await servePageAt(job, url, join('tests/fixtures/jobs', LEVER));
  await job.goto(url);
  expect(await job.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('bespoke-keys');
  await job.close();
});
