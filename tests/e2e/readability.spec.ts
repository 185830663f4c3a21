import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStore } from '../../scripts/demo/read-store';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const RESUME = resolve('tests/fixtures/tex/icon-resume');
const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');

test('the side panel checks how an ATS reads the master PDF and the tailored one, whose icons no longer read as letters', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles([join(RESUME, 'resume.tex')]);
  await expect(panel.getByTestId('resume-list')).toContainText('resume');

  // The master as it is: its contact icons come out as stray glyphs.
  await panel.getByRole('button', { name: /^Compile/ }).click();
  const master = panel.getByTestId('readability-report');
  await expect(master).toBeVisible({ timeout: 60_000 });
  expect(Number(await master.getAttribute('data-junk'))).toBeGreaterThan(0);
  await expect(master.getByTestId('readability-problems')).toContainText('stray glyph');

  await pastePosting(panel, { title: 'Senior Backend Engineer (Python)', company: 'Clinicly', description: POSTING });

  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await expect(panel.getByTestId('pdf-fixes')).toBeChecked();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  const reports = panel.getByTestId('run-readability').getByTestId('readability-report');
  await expect(reports).toHaveCount(2);
  expect(Number(await reports.nth(0).getAttribute('data-junk'))).toBeGreaterThan(0);
  await expect(reports.nth(1)).toHaveAttribute('data-junk', '0');
  await expect(reports.nth(1).getByTestId('readability-figure')).toHaveText('100.0%');
  await expect(panel.getByTestId('readability-fixes')).toContainText('Icons read as nothing');

  // The fixes went into the tailored copy only; the stored master is as imported.
  const [stored] = await readStore<{ files: { path: string; content: string }[] }>(panel, 'resumes');
  expect(stored.files.find((f) => f.path === 'resume.tex')!.content).toBe(readFileSync(join(RESUME, 'resume.tex'), 'utf8'));
});
