import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { importResumeFolder, useFakeOpenAi } from './setup-steps';

// Its own browser: stopping the service worker would leave the shared fixture's Worker handle dead.
const test = base.extend<{ own: ExtensionBrowser }>({
  own: async ({}, use) => {
    const browser = await launchWithExtension({ headless: process.env.HEADED !== '1' });
    await use(browser);
    await browser.close();
  },
});

const KEY = 'sk-e2e-worker-stop-7c21';
let fake: FakeProvider;
test.beforeAll(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY });
});
test.afterAll(() => fake.close());

test('R2: a service worker stopped mid-call is reported in plain words, and the run is not left running', async ({ own }) => {
  const { context, extensionId } = own;
  await useFakeOpenAi(context, extensionId, fake, KEY);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await importResumeFolder(panel, resolve(import.meta.dirname, '../fixtures/tex/jake-resume'), 'resume');
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill('Senior Backend Engineer (Python)');
  await panel.getByTestId('paste-description').fill(readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8'));
  await paste.getByRole('button', { name: 'Use this description' }).click();

  // The model never answers; while the page waits, the browser stops the service worker.
  fake.setFault('hang', { on: 'chat' });
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByLabel(/Rewrite with Fake OpenAI/).check();
  const chats = () => fake.requests.filter((r) => r.endpoint === 'chat').length;
  const before = chats(); // the connection test made one already
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await expect.poll(chats, { timeout: 60_000 }).toBeGreaterThan(before);
  // What Chrome does to an idle or updated worker: stop it (closing its DevTools target does that).
  const cdp = await context.newCDPSession(panel);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });

  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'failed', { timeout: 30_000 });
  await expect(run).toContainText(/background stopped before it answered/);
  await expect(run).not.toContainText(/listener indicated|message channel/i);
});
