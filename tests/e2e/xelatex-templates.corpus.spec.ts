import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpusPath } from '../fixtures/corpus-root';
import { expect, resetExtensionState, test } from './fixtures';

/**
 * Every template the corpus manifest declares as XeLaTeX, read from the manifest so the corpus
 * can grow: each is imported as its folder into the built extension and compiles to a PDF there
 * (pages and words against native xelatex are `npm run eval:xetex`'s measure, on the same
 * engine code in Node). One panel for all, as a person importing several masters has: the
 * engine stays warm between them.
 */
const XELATEX_TEMPLATES = (() => {
  const [head, ...lines] = readFileSync(corpusPath('resumes', 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))
    .filter((r) => /^xelatex\b/.test(r.engine_declared ?? ''))
    .map((r) => ({ folder: r.short_name!, main: r.main_path!.split(' ')[0]! }));
})();

test('the corpus declares XeLaTeX templates to compile', () => {
  expect(XELATEX_TEMPLATES.length).toBeGreaterThanOrEqual(13);
});

test.describe.configure({ mode: 'serial' });
let panel: Page;

test.beforeAll(async ({ extension }) => {
  await resetExtensionState(extension);
  panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await expect(panel.getByTestId('no-resume')).toBeVisible();
});

test.afterAll(async () => panel.close());

for (const [i, { folder, main }] of XELATEX_TEMPLATES.entries()) {
  test(`compiles the XeLaTeX template ${folder}/${main} in the extension`, async () => {
    test.setTimeout(180_000);
    const items = panel.getByTestId('resume-list').locator('li');
    // The folder as the browser's folder picker gives it: paths kept, so a main file in a
    // subfolder (examples/resume.tex) reads its sections and class from where they are.
    await panel.getByTestId('import-folder').setInputFiles(corpusPath('resumes', folder));
    await expect(items).toHaveCount(i + 1);
    // An import compiles at once, and so does choosing another main file: no click needed.
    const choice = items.filter({ has: panel.locator('button[aria-current=true]') }).getByLabel('Main file');
    if ((await choice.inputValue()) !== main) await choice.selectOption(main);
    const result = panel.locator(`[data-testid=compile-result][data-main="${main}"]`);
    await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 150_000 });
    expect(Number(await result.getAttribute('data-pages'))).toBeGreaterThan(0);
    await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  });
}
