import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { corpusPath } from '../fixtures/corpus-root';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');

/**
 * Awesome-CV (XeLaTeX, fontspec, "Source Sans 3" by name) in the built extension: the folder is
 * imported, compiled with XeLaTeX chosen by itself (the substitute font named), tailored offline,
 * and the tailored PDF downloaded.
 */
test('Awesome-CV: imported, compiled with XeLaTeX, tailored offline, PDF downloaded', async ({ extension }) => {
  test.setTimeout(240_000);
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-folder').setInputFiles(corpusPath('resumes/awesome-cv/examples'));
  await expect(panel.getByTestId('resume-list')).toContainText(/resume/i);

  await panel.getByRole('button', { name: /^Compile/ }).click();
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 150_000 });
  await expect(result).toHaveAttribute('data-pages', '3');
  await expect(panel.getByTestId('engine-used')).toHaveAttribute('data-engine', 'xelatex');
  await expect(panel.getByTestId('font-substitution')).toContainText('"Source Sans 3"');

  await pastePosting(panel, { title: 'Senior Backend Engineer (Python)', company: 'Clinicly', description: POSTING });

  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
  await expect(panel.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible();

  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download .pdf' }).click();
  const file = await (await download).path();
  const pdf = readFileSync(file!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // XeLaTeX + xdvipdfmx made it: embedded OpenType (CID) fonts, the substitute among them.
  const fonts = execFileSync('pdffonts', [file!], { encoding: 'utf8' });
  expect(fonts).toMatch(/SourceSansPro-Regular\S*\s+CID Type 0C/);
  expect(fonts).toMatch(/Roboto/);
});
