import { readFileSync } from 'node:fs';
import { expectAccessible } from './accessibility';
import { expect, resetExtensionState, test } from './fixtures';

/**
 * A new user's first minute, in the built extension: the welcome, the bundled sample resume,
 * a pasted posting, the offline tailor (no provider), the reviewed PDF downloaded under a
 * recruiter-friendly name; then the history. Every screen passed on the way is checked with
 * axe-core: no serious or critical accessibility violation, in light and in dark.
 */
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');

test('first run with no provider: welcome → sample resume → pasted job → tailored PDF downloaded, every screen accessible', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

  await expect(panel.getByTestId('welcome')).toBeVisible();
  await expectAccessible(panel, 'welcome');
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await expect(panel.getByText('Add your resume first')).toBeVisible();
  await expectAccessible(panel, 'tailor, empty');
  await panel.getByRole('tab', { name: 'History' }).click();
  await expect(panel.getByTestId('history-empty')).toBeVisible();
  await expectAccessible(panel, 'history, empty');

  // The welcome's sample resume leads on to the job.
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('try-sample').click();
  await expect(panel.getByTestId('no-job')).toBeVisible();
  await expectAccessible(panel, 'job, empty');
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill('Senior Backend Engineer (Python)');
  await paste.getByLabel('Company').fill('Clinicly');
  await panel.getByTestId('paste-description').fill(POSTING);
  await paste.getByRole('button', { name: 'Use this description' }).click();
  await expect(panel.getByTestId('job-title')).toHaveValue('Senior Backend Engineer (Python)');
  await expectAccessible(panel, 'job');

  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByRole('button', { name: /^Compile/ }).click();
  await expect(panel.getByTestId('compile-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expectAccessible(panel, 'resume');

  // The Job tab's main button goes to Tailor; no provider: the offline tailor.
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByTestId('tailor-this-job').click();
  await expect(panel.getByText(/No model set up/)).toBeVisible();
  await expectAccessible(panel, 'tailor');
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(panel.getByTestId('run-score')).toContainText(/Match score \d+ → \d+/);
  await expect(panel.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible();
  await expectAccessible(panel, 'tailor, result');

  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download .pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Alex_Morgan-Clinicly-Senior_Backend_Engineer_Python.pdf');

  // The run is in the history, with the job's application status, which can be changed there.
  await panel.getByRole('tab', { name: 'History' }).click();
  const row = panel.getByTestId('history-row').first();
  await expect(row).toContainText('Senior Backend Engineer (Python)');
  await row.getByLabel(/Application status/).selectOption('applied');
  await expect(row.getByLabel(/Application status/)).toHaveValue('applied');
  await panel.getByTestId('history-search').fill('clin');
  await expect(panel.getByTestId('history-count')).toHaveText('1 run');
  await panel.getByTestId('history-search').fill('nothing-like-it');
  await expect(panel.getByTestId('history-count')).toHaveText('0 runs');
  await panel.getByTestId('history-search').fill('');
  await expectAccessible(panel, 'history');

  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByRole('button', { name: /Advanced/ }).click();
  await expect(panel.getByTestId('tex-package-settings')).toBeVisible();
  await expectAccessible(panel, 'settings');
});

test('popup on a page no extension may read explains it in plain words; options page accessible', async ({ extension }) => {
  const { context, extensionId } = extension;
  const popup = await context.newPage();
  // Opened as a tab, the popup's "current tab" is an extension page: one no extension may read.
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-unreadable')).toBeVisible();
  await expect(popup.getByTestId('popup-unreadable')).not.toContainText(/Cannot access|manifest/i);
  await expectAccessible(popup, 'popup');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('button', { name: /add provider/i })).toBeVisible();
  await expectAccessible(options, 'options');
});
