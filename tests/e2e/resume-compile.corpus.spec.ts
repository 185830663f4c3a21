import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../fixtures/corpus-root';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

test.afterEach(async ({ extension }) => {
  for (const page of extension.context.pages()) await page.close();
});

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every pdfLaTeX resume of the corpus, with its main file and native pdflatex page count. */
const PDFLATEX_CORPUS = [
  { folder: 'sb2nov-resume', main: 'sourabh_bajaj_resume.tex', pages: 1 },
  { folder: 'pwittchen-cv', main: 'piotr_wittchen_cv.tex', pages: 2 },
  { folder: 'twenty-seconds-cv', main: 'Twenty-Seconds_cv.tex', pages: 1 },
  { folder: 'twenty-seconds-cv', main: 'Twenty-Seconds-Icons_cv.tex', pages: 1 },
  { folder: 'moderncv-v2.5.1', main: 'template.tex', pages: 4 },
  { folder: 'altacv-sample', main: 'sample.tex', pages: 2 },
];

for (const { folder, main, pages } of PDFLATEX_CORPUS) {
  test(`compiles ${folder}/${main} in the extension with native pdflatex's page count`, async ({ extension }) => {
    const { context, extensionId } = extension;
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Resume' }).click();
    const items = panel.getByTestId('resume-list').locator('li');
    // Count only once the stored resumes have loaded (the list renders after IndexedDB answers).
    await expect(panel.getByTestId('resume-list').or(panel.getByTestId('no-resume'))).toBeVisible();
    const before = await items.count();
    await panel.getByTestId('import-files').setInputFiles(filesOf(corpusPath('resumes', folder)));
    await expect(items).toHaveCount(before + 1);
    // The newest import is selected and compiles at once; pointing it at the main file under
    // test compiles that one (no click needed). The result says which main file it is of.
    const choice = panel.getByTestId('resume-list').locator('li').filter({ has: panel.locator('button[aria-current=true]') }).getByLabel('Main file');
    if ((await choice.inputValue()) !== main) await choice.selectOption(main);
    const result = panel.locator(`[data-testid=compile-result][data-main="${main}"]`);
    await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
    await expect(result).toHaveAttribute('data-pages', String(pages));
    // The preview shows one page at a time and counts the PDF's pages itself (pdf.js).
    await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
    await expect(panel.getByTestId('pdf-preview')).toHaveAttribute('data-pages', String(pages));
    if (pages > 1) await expect(panel.getByTestId('pdf-page')).toHaveText(`Page 1 of ${pages}`);
  });
}
