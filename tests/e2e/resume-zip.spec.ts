import { strToU8, zipSync } from 'fflate';
import { expectAccessible } from './accessibility';
import { expect, resetExtensionState, test } from './fixtures';

/**
 * A resume project arrives as a .zip (Overleaf's "Download source"): it is unpacked, compiled
 * on import without a click, and a LaTeX error in an \input file is named with its file, line
 * and message, with the next step offered: replacing the files with corrected ones, which keeps
 * the same master (renamed here too) and compiles again by itself. LaTeX goes on past this error
 * (an undefined macro) and makes the PDF: it is shown, as Overleaf shows it, and the master is
 * marked "Has errors" in the resume list (stored: a panel opened later still says so), with why
 * and what next.
 */
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const MAIN = [
  '\\documentclass[11pt]{article}',
  '\\usepackage[margin=1in]{geometry}',
  '\\begin{document}',
  '\\section*{Jordan Lee}',
  'Backend engineer.',
  '\\input{sections/work}',
  '\\end{document}',
].join('\n');

const work = (language: string) =>
  ['\\section*{Experience}', '\\begin{itemize}', `  \\item Built the billing service in ${language} and Go.`, '  \\item Cut p95 latency by 40\\%.', '\\end{itemize}'].join('\n');

/** The project as a zip with one top folder and the litter macOS adds, as people send it. */
function projectZip(language: string): Buffer {
  return Buffer.from(zipSync({
    'jordan-cv/main.tex': strToU8(MAIN),
    'jordan-cv/sections/work.tex': strToU8(work(language)),
    '__MACOSX/jordan-cv/._main.tex': new Uint8Array([0, 5, 22, 7]),
  }));
}

test('zip import with a compile error and its next step', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();

  await panel.getByTestId('import-files').setInputFiles({ name: 'jordan-cv.zip', mimeType: 'application/zip', buffer: projectZip('\\Pyhton{}') });
  const item = panel.getByTestId('resume-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('button', { name: 'jordan-cv', exact: true })).toBeVisible();
  await expect(item.getByRole('combobox', { name: 'Main file' })).toHaveValue('main.tex');
  await expect(item).toContainText('2 files');

  // Compiled on import: no click on Compile.
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'false', { timeout: 90_000 });
  await expect(result).toContainText('Compiled with a LaTeX error: 1 page');
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  const error = panel.getByTestId('compile-errors');
  await expect(error).toContainText('sections/work.tex:3');
  await expect(error).toContainText('Undefined control sequence \\Pyhton.');
  await expect(panel.getByTestId('compile-next-step')).toContainText('fix line 3 of sections/work.tex in your project, then replace');
  await expect(panel.getByTestId('compile-next-step')).toContainText('tailoring starts from it');
  await expect(panel.getByTestId('compile-error').getByText('Replace with the corrected files')).toBeVisible();
  // Marked in the list: the badge, why, and the next step.
  await expect(item.getByTestId('draft-badge')).toHaveText('Has errors');
  await expect(item.getByTestId('draft-reason')).toHaveText('sections/work.tex:3 Undefined control sequence \\Pyhton.');
  await expect(item.getByTestId('draft-next')).toHaveText('Its PDF is made despite the error and can be tailored; fix line 3 of sections/work.tex to clear it.');
  await expectAccessible(panel, 'resume, compile error, errors badge');
  await panel.screenshot({ path: 'test-results/zip-compile-error.png', fullPage: true });

  // Stored, not just shown: a panel opened later still says so (nothing compiled there yet);
  // with another master selected, "Show the errors" selects this one and compiles it.
  const later = await context.newPage();
  await later.setViewportSize({ width: 400, height: 900 });
  await later.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await later.getByRole('tab', { name: 'Resume' }).click();
  await later.getByTestId('import-files').setInputFiles({ name: 'other.tex', mimeType: 'text/x-tex', buffer: Buffer.from('\\documentclass{article}\\begin{document}Other\\end{document}\n') });
  await expect(later.getByTestId('resume-item')).toHaveCount(2);
  const draftItem = later.getByTestId('resume-item').filter({ hasText: 'jordan-cv' });
  await expect(draftItem.getByTestId('draft-badge')).toBeVisible();
  await draftItem.getByRole('button', { name: 'Show the errors' }).click();
  await expect(later.getByTestId('compile-errors')).toContainText('sections/work.tex:3', { timeout: 90_000 });
  await expect(later.getByRole('button', { name: 'Compile jordan-cv' })).toBeVisible();
  // The default master moves with one click (the first imported one was the default).
  const otherItem = later.getByTestId('resume-item').filter({ hasText: 'other' });
  await expect(draftItem.getByText('default', { exact: true })).toBeVisible();
  await otherItem.getByRole('button', { name: 'Make default' }).click();
  await expect(otherItem.getByText('default', { exact: true })).toBeVisible();
  await expect(draftItem.getByRole('button', { name: 'Make default' })).toBeVisible();
  // Deleting asks first; a refusal keeps it.
  later.once('dialog', (d) => void d.dismiss());
  await otherItem.getByRole('button', { name: 'Delete other' }).click();
  await expect(later.getByTestId('resume-item')).toHaveCount(2);
  later.once('dialog', (d) => void d.accept());
  await otherItem.getByRole('button', { name: 'Delete other' }).click();
  await expect(later.getByTestId('resume-item')).toHaveCount(1);
  await later.close();

  // The next step: the corrected project replaces the files of the same master and compiles.
  await panel.getByTestId('replace-corrected').setInputFiles({ name: 'jordan-cv-fixed.zip', mimeType: 'application/zip', buffer: projectZip('Python') });
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expect(panel.getByTestId('compile-errors')).toHaveCount(0);
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  await expect(item).toHaveCount(1);
  // It compiles clean: the mark goes.
  await expect(item.getByTestId('draft-badge')).toHaveCount(0);
  await expect(item.getByTestId('draft-note')).toHaveCount(0);

  // Renamed in place; still the one master.
  await item.getByRole('button', { name: 'Rename jordan-cv' }).click();
  await item.getByLabel('New name for jordan-cv').fill('Backend roles');
  await item.getByLabel('New name for jordan-cv').press('Enter');
  await expect(item.getByRole('button', { name: 'Backend roles', exact: true })).toBeVisible();
  await expect(item).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Compile Backend roles' })).toBeEnabled();
});

test('a zip that is not one is refused with its name and the reason', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('this is not a zip') });
  await expect(panel.getByTestId('import-error')).toContainText('"broken.zip" is not a zip archive Bespoke can read');
});

test('a GitHub "Download ZIP" of a website with the CV in it: what TeX needs is kept, the rest left out and named', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  const site: Record<string, Uint8Array> = {
    'jlee.github.io-main/cv.tex': strToU8(MAIN.replace('\\input{sections/work}', '\\input{summary.txt}\n\\input{sections/work}')),
    'jlee.github.io-main/summary.txt': strToU8('Ten years of payments infrastructure.'),
    'jlee.github.io-main/sections/work.tex': strToU8(work('Python')),
    'jlee.github.io-main/index.html': strToU8('<h1>Jordan Lee</h1>'),
  };
  // Talks recorded as video: 48 MB as declared (zeros compress to almost nothing), over the 40 MB limit.
  for (let i = 0; i < 12; i++) site[`jlee.github.io-main/talks/talk-${i}.mp4`] = new Uint8Array(4 * 1048576);
  await panel.getByTestId('import-files').setInputFiles({ name: 'jlee.github.io-main.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(site, { level: 9 })) });

  await expect(panel.getByTestId('import-left-out')).toContainText('Left out 13 files (48.0 MB) that no TeX file of the folder names: index.html, talks/talk-0.mp4');
  const item = panel.getByTestId('resume-item').filter({ hasText: 'jlee.github.io-main' });
  await expect(item).toContainText('3 files');
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  // The \input .txt's words count as the person's own in the readability check.
  await expect(panel.getByText(/reads as written\s*100\.0%/)).toBeVisible();
  await panel.screenshot({ path: 'test-results/import-left-out.png' });
});
