import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { sendFromPage } from './background-messages';
import { expect, resetExtensionState, test } from './fixtures';
import { importResumeFolder, useFakeOpenAi } from './setup-steps';

// Issue 12: a claim the person confirms once ("This is true") is evidence for later runs of that master.
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');
const RECORDED_PLAN = readFileSync('tests/fixtures/tailor/responses/jake-resume__backend-python.txt', 'utf8');
const KEY = 'sk-e2e-guard-7c21';
const VERDICTS = JSON.stringify({ edits: [{ id: 'b1', unsupported: [{ claim: 'in Python', kind: 'tool', why: 'This bullet does not say the API was written in Python.' }] }] });

let fake: FakeProvider;
test.beforeAll(async () => {
  // Answers like a model would: verdicts when asked for a second opinion, else the recorded plan.
  fake = await startFakeProvider('openai', { apiKey: KEY, models: ['gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-nano'], reply: ({ prompt }) => (prompt.includes('You check resume rewrites') ? VERDICTS : RECORDED_PLAN) });
});
test.afterAll(() => fake.close());

const chatCalls = () => fake.requests.filter((r) => r.endpoint === 'chat').length;

async function tailorWithModel(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  const useModel = panel.getByLabel(/Rewrite with Fake OpenAI/);
  if (!(await useModel.isChecked())) await useModel.check();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
}

test('a flagged claim confirmed once is remembered with the master and accepted on the next run without a flag', async ({ extension }) => {
  test.setTimeout(300_000); // three tailoring runs, each compiling in the page
  const { context, extensionId } = extension;
  await useFakeOpenAi(context, extensionId, fake, KEY);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await importResumeFolder(panel, resolve('tests/fixtures/tex/jake-resume'), 'resume');
  await expect(panel.getByTestId('confirmed-facts')).toContainText('None yet');
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill('Backend Engineer (Python)');
  await paste.getByLabel('Company').fill('Clinicly');
  await panel.getByTestId('paste-description').fill(POSTING);
  await paste.getByRole('button', { name: 'Use this description' }).click();

  // First run: the invented metric is flagged, with its kind and reason, its words marked in the diff, and its evidence.
  await tailorWithModel(panel);
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const edits = panel.getByTestId('edit-list');
  const metric = edits.locator('li[data-status=flagged]', { hasText: '40%' });
  await expect(metric).toBeVisible();
  await expect(metric.locator('[data-kind=number]')).toContainText('"40%"');
  await expect(metric.getByTestId('claim-mark').first()).toHaveText(/^40\\?%$/);
  await expect(metric.getByTestId('evidence')).toContainText('Evidence: b3');

  // "This is true": applied on the same plan (no model call) and remembered with the master.
  const calls = chatCalls();
  await metric.getByLabel(/This is true/).check();
  await panel.getByRole('button', { name: 'Re-compile with my choices' }).click();
  // Applied and, the fact now being evidence, without a claim (the diff shows the LaTeX "40\\%").
  await expect(edits.locator('li[data-status=applied]', { hasText: 'cutting reporting time' })).toBeVisible({ timeout: 90_000 });
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  expect(chatCalls()).toBe(calls);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  const fact = panel.getByTestId('confirmed-fact');
  await expect(fact).toHaveCount(1);
  await expect(fact).toContainText('cutting reporting time by 40%');

  // A fresh run (the model is asked again): the same claim is now backed, so it is applied without a flag.
  // The run lives outside the panel: the panel shows the previous run until the new one is recorded.
  await tailorWithModel(panel);
  await expect.poll(chatCalls, { timeout: 90_000 }).toBe(calls + 1);
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  expect(chatCalls()).toBe(calls + 1);
  const again = panel.getByTestId('edit-list').locator('li', { hasText: 'cutting reporting time' });
  await expect(again).toHaveAttribute('data-status', 'applied');
  await expect(again.getByTestId('claims')).toHaveCount(0);
  await expect(panel.getByTestId('edit-list').locator('li[data-status=flagged]', { hasText: 'cutting reporting time' })).toHaveCount(0);

  // Removing the fact in the Resume tab makes the claim need evidence again.
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await fact.getByRole('button', { name: /Remove the confirmed fact/ }).click();
  await expect(panel.getByTestId('confirmed-fact')).toHaveCount(0);
});

test('with the second opinion on, the cheapest model adds a flag the rules did not raise', async ({ extension }) => {
  test.setTimeout(180_000);
  const { context, extensionId } = extension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('second-opinion-settings').getByLabel(/second opinion on every change/).check();
  await expect.poll(async () => (await sendFromPage<{ enabled: boolean }>(options, 'llm:second-opinion:get')).res?.enabled).toBe(true);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const before = fake.requests.length;
  await tailorWithModel(panel);
  // The plan and the second opinion are asked; then the new run (hosted outside the panel) is shown done.
  await expect.poll(() => fake.requests.slice(before).filter((r) => r.endpoint === 'chat').length, { timeout: 90_000 }).toBe(2);
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const python = panel.getByTestId('edit-list').locator('li', { hasText: 'in Python using FastAPI' });
  await expect(python).toHaveAttribute('data-status', 'flagged');
  await expect(python.getByTestId('claims')).toContainText('model');
  const chats = fake.requests.slice(before).filter((r) => r.endpoint === 'chat').map((r) => r.body?.model);
  expect(chats).toEqual(['gpt-4o-mini', 'gpt-4.1-nano']); // the plan, then the second opinion (the cheapest listed model with a price)
  await sendFromPage(options, 'llm:second-opinion:set', { enabled: false, model: null });
});
