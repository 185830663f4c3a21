import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
