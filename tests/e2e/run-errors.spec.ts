import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeProvider, type FakeProvider, type FakeProviderId } from '../fakes/llm/index';
import { expectAccessible } from './accessibility';
import { sendFromPage } from './background-messages';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';

/**
 * A provider failure mid-run ends the run with the next step for its cause, in the built
 * extension, through the real SDKs against local servers speaking each provider's protocol:
 * a rejected key (401) or no access (403) → "Check the key in Settings"; a rate limit → the
 * time the provider gave (its own header or body, not only retry-after), Retry waiting for it,
 * the offline tailor now; no provider → Settings or the offline tailor.
 */
const KEY = 'sk-e2e-errors-5150';
const MODELS: Record<FakeProviderId, string> = { openai: 'gpt-4o-mini', anthropic: 'claude-3-5-haiku-20241022', google: 'gemini-2.5-flash', mistral: 'mistral-small-latest', custom: 'llama3.1:8b' };
let fakes: FakeProvider[] = [];

test.beforeAll(async ({ extension }) => {
  await resetExtensionState(extension);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');
  await pastePosting(panel, { title: 'Platform Engineer', company: 'Northwind', description: readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8') });
  await expect(panel.getByTestId('job-title')).toHaveValue('Platform Engineer');
  await panel.close();
});

test.afterEach(async ({ extension }) => {
  for (const page of extension.context.pages()) await page.close();
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

/** A fake provider saved as the default model from the options page (its connection tested first, as the UI requires). */
async function defaultProvider(page: Page, provider: FakeProviderId): Promise<{ fake: FakeProvider; id: string }> {
  const fake = await startFakeProvider(provider, { apiKey: KEY, reply: '{"edits": [], "reorders": []}' });
  fakes.push(fake);
  const draft = { label: `Fake ${provider}`, provider, baseUrl: fake.baseUrl, model: MODELS[provider], apiKey: KEY };
  expect((await sendFromPage(page, 'llm:connection:test', draft)).err).toBeUndefined();
  const saved = await sendFromPage<{ id: string }>(page, 'llm:profile:save', draft);
  await sendFromPage(page, 'llm:profile:set-default', { id: saved.res!.id });
  return { fake, id: saved.res!.id };
}

/** Opens the panel on Tailor and starts a run with the default model. */
async function tailorWithModel(extension: { context: import('@playwright/test').BrowserContext; extensionId: string }, label: string): Promise<Page> {
  const panel = await extension.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByLabel(new RegExp(`Rewrite with ${label}`)).check();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  return panel;
}

async function optionsPage(extension: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  return page;
}

for (const [provider, fault, kind, title] of [
  ['anthropic', 'unauthorized', 'bad-key', /^API key rejected.*Anthropic rejected the API key/],
  ['openai', 'forbidden', 'no-access', /^No access with this key.*no access to the model "gpt-4o-mini" at OpenAI/],
] as const) {
  test(`${provider} answers ${fault === 'unauthorized' ? 401 : 403}: the run says so and offers the key in Settings`, async ({ extension }) => {
    const { fake } = await defaultProvider(await optionsPage(extension), provider);
    fake.setFault(fault, { on: 'chat' });
    const panel = await tailorWithModel(extension, `Fake ${provider}`);
    const run = panel.getByTestId('run-view');
    await expect(run).toHaveAttribute('data-status', 'failed', { timeout: 90_000 });
    const error = panel.getByTestId('run-error');
    await expect(error).toHaveAttribute('data-kind', kind);
    await expect(error).toContainText(title);
    await expect(error).not.toContainText(KEY);
    expect(fake.requests.filter((r) => r.endpoint === 'chat').length).toBeGreaterThan(0);
    if (provider === 'anthropic') await expectAccessible(panel, 'tailor, bad key');
    await error.getByRole('button', { name: 'Check the key in Settings' }).click();
    await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
  });
}

test('gemini rate-limits (RetryInfo in the body, no retry-after): the retry time is shown, Retry waits, the offline tailor works now', async ({ extension }) => {
  const { fake } = await defaultProvider(await optionsPage(extension), 'google');
  // Longer than Bespoke waits out by itself (60 s), so the run stops and says when.
  fake.setFault('rate-limited', { on: 'chat', retryAfterSeconds: 150, retryAfterSignal: 'provider' });
  const before = Date.now();
  const panel = await tailorWithModel(extension, 'Fake google');
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'failed', { timeout: 90_000 });
  const error = panel.getByTestId('run-error');
  await expect(error).toHaveAttribute('data-kind', 'rate-limited');
  await expect(error).toContainText(/^Rate limit reached.*Google Gemini is rate-limiting this key/);
  await expect(error).not.toContainText('Try again in 150 s');
  const at = Date.parse((await error.getByTestId('retry-at').getAttribute('datetime'))!);
  expect(at - before).toBeGreaterThan(140_000);
  expect(at - before).toBeLessThan(150_000 + 60_000);
  await expect(error.getByTestId('run-next-step')).toContainText(/accepts requests again at .+ \(in 2 min \d+ s\)/);
  await expect(error.getByTestId('run-retry')).toBeDisabled();
  await expect(error.getByTestId('run-retry')).toHaveText(/Retry in 2 min \d+ s/);
  await expectAccessible(panel, 'tailor, rate limited');
  await panel.screenshot({ path: 'test-results/run-rate-limited.png', fullPage: true });

  const chats = fake.requests.filter((r) => r.endpoint === 'chat').length;
  await error.getByRole('button', { name: 'Use the offline tailor' }).click();
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toContainText('offline tailor');
  expect(fake.requests.filter((r) => r.endpoint === 'chat')).toHaveLength(chats);
});

test('no provider any more when the run starts: Settings or the offline tailor', async ({ extension }) => {
  const options = await optionsPage(extension);
  await defaultProvider(options, 'mistral');
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByLabel(/Rewrite with Fake mistral/).check();
  // Every provider removed in the options page while the panel still offers one.
  const profiles = await sendFromPage<{ id: string }[]>(options, 'llm:profiles:list');
  for (const profile of profiles.res!) await sendFromPage(options, 'llm:profile:delete', { id: profile.id });
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  const error = panel.getByTestId('start-error');
  await expect(error).toContainText('No LLM provider is configured');
  await expect(error.getByRole('button', { name: 'Open Settings' })).toBeVisible();
  await error.getByRole('button', { name: 'Use the offline tailor' }).click();
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toContainText('offline tailor');
});
