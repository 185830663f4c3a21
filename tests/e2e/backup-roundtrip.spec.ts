import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';

/**
 * Export everything, import it into another browser: resumes, postings, the run with its PDF
 * and the application status arrive; what that browser already had stays (a merge); importing
 * the same backup again adds nothing (no duplicates), here and on the device it came from.
 */
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

let other: ExtensionBrowser | undefined;
test.afterAll(async () => other?.close());

async function backupPage(b: { context: ExtensionBrowser['context']; extensionId: string }): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  return page;
}

async function historyCount(b: { context: ExtensionBrowser['context']; extensionId: string }): Promise<string | null> {
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'History' }).click();
  await expect(panel.getByTestId('history-count')).not.toHaveText('Loading…');
  const text = await panel.getByTestId('history-count').textContent();
  await panel.close();
  return text;
}

test('export / import round trip: everything arrives in another browser, merged, and never twice', async ({ extension }) => {
  test.setTimeout(180_000);
  // On the first browser: a master, a posting, an offline run, the application marked "applied".
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');
  await pastePosting(panel, { title: 'Site Reliability Engineer', company: 'Tailspin', description: readFileSync('tests/fixtures/tailor/postings/devops-platform.txt', 'utf8') });
  await expect(panel.getByTestId('job-title')).toHaveValue('Site Reliability Engineer');
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await panel.getByRole('tab', { name: 'History' }).click();
  await panel.getByTestId('history-row').first().getByLabel(/Application status/).selectOption('applied');

  const source = await backupPage(extension);
  const download = source.waitForEvent('download');
  await source.getByRole('button', { name: 'Export all data' }).click();
  const backupFile = await (await download).path();
  const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
  expect(backup.runs).toHaveLength(1);

  // The same backup back into the browser it came from: nothing new, nothing doubled.
  await source.getByTestId('import-backup').setInputFiles(backupFile);
  await expect(source.getByTestId('backup-imported')).toContainText('Imported 0 resumes, 0 postings, 0 runs');
  expect(await historyCount(extension)).toBe('1 run');

  // Another browser, which has a master of its own.
  other = await launchWithExtension();
  const mine = await other.context.newPage();
  await mine.goto(`chrome-extension://${other.extensionId}/sidepanel.html`);
  await mine.getByRole('tab', { name: 'Resume' }).click();
  await mine.getByTestId('import-files').setInputFiles({ name: 'academic-cv.tex', mimeType: 'text/x-tex', buffer: Buffer.from('\\documentclass{article}\n\\begin{document}\nAcademic CV\n\\end{document}\n') });
  await expect(mine.getByTestId('resume-item')).toHaveCount(1);

  const target = await backupPage(other);
  await target.getByTestId('import-backup').setInputFiles(backupFile);
  await expect(target.getByTestId('backup-imported')).toContainText('Imported 1 resumes, 1 postings, 1 runs');
  await target.getByTestId('import-backup').setInputFiles(backupFile);
  await expect(target.getByTestId('backup-imported')).toContainText('Imported 0 resumes, 0 postings, 0 runs');

  // Merged: both masters; the run, its status and its PDF.
  await mine.reload();
  await mine.getByRole('tab', { name: 'Resume' }).click();
  await expect(mine.getByTestId('resume-item')).toHaveCount(2);
  await expect(mine.getByTestId('resume-list')).toContainText('academic-cv');
  await mine.getByRole('tab', { name: 'History' }).click();
  await expect(mine.getByTestId('history-count')).toHaveText('1 run');
  const row = mine.getByTestId('history-row').first();
  await expect(row).toContainText('Site Reliability Engineer');
  await expect(row.getByLabel(/Application status/)).toHaveValue('applied');
  await row.getByRole('button', { name: /^Site Reliability Engineer/ }).click();
  await expect(mine.getByTestId('run-view')).toHaveAttribute('data-status', 'done');
  await expect(mine.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible();
});
