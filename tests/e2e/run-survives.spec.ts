import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFakeProvider } from '../fakes/llm/index';
import { sendFromPage } from './background-messages';
import { expectAccessible } from './accessibility';
import { expect, resetExtensionState, test } from './fixtures';

/**
 * A run lives outside the side panel (Chrome's offscreen document): closing the panel mid-run
 * neither stops it nor loses it; a panel opened later shows it finishing, then finished.
 */
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

test('closing and reopening the panel mid-run: the run completes and is shown', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const panel = await context.newPage();
  await panel.goto(url);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill('Platform Engineer');
  await paste.getByLabel('Company').fill('Northwind');
  await panel.getByTestId('paste-description').fill(readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8'));
  await paste.getByRole('button', { name: 'Use this description' }).click();
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  // The run is recorded and under way: the panel goes away.
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'running');
  await panel.close();

  const again = await context.newPage();
  await again.goto(url);
  await again.getByRole('tab', { name: 'Tailor' }).click();
  const run = again.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', /running|done/);
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(again.getByTestId('run-score')).toContainText(/Match score \d+ → \d+/);
  await expect(again.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible();
});

test('cancel while the model is thinking: the run ends as cancelled, with Retry', async ({ extension }) => {
  const { context, extensionId } = extension;
  const key = 'sk-e2e-cancel-77';
  const fake = await startFakeProvider('openai', { apiKey: key, reply: 'never sent' });
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const draft = { label: 'Slow model', provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: key };
    expect((await sendFromPage(options, 'llm:connection:test', draft)).err).toBeUndefined();
    const saved = await sendFromPage<{ id: string }>(options, 'llm:profile:save', draft);
    await sendFromPage(options, 'llm:profile:set-default', { id: saved.res!.id });
    // The model accepts the request and never answers.
    fake.setFault('hang', { on: 'chat' });

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Tailor' }).click();
    await panel.getByLabel(/Rewrite with Slow model/).check();
    await panel.getByRole('button', { name: 'Tailor resume' }).click();
    await expect(panel.getByTestId('run-step')).toHaveText(/Choosing what to change/, { timeout: 60_000 });
    // The model never answers: the running screen holds still for axe.
    await expectAccessible(panel, 'tailor, running');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    const run = panel.getByTestId('run-view');
    await expect(run).toHaveAttribute('data-status', 'cancelled', { timeout: 30_000 });
    await expect(run.getByRole('button', { name: 'Retry' })).toBeVisible();
  } finally {
    await fake.close();
  }
});
