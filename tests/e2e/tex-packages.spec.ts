import { startFakeMirror, type FakeMirror } from '../fakes/texlive/mirror';
import { HUMANITIES_DEB, texmfFilesFromDeb } from '../fakes/texlive/debian-package';
import { expect, resetExtensionState, test } from './fixtures';

// The long tail on demand: a resume loads a package the offline bundle lacks; the compile names
// the TeX Live package, one click fetches it from the mirror (here TeX Live's archive layout on
// 127.0.0.1, built from Debian's TeX Live files), and the resume compiles.
let mirror: FakeMirror;

test.beforeAll(async ({ extension }) => {
  await resetExtensionState(extension);
  mirror = await startFakeMirror([{ name: 'covington', revision: 65601, files: texmfFilesFromDeb(HUMANITIES_DEB, 'tex/latex/covington') }]);
});

test.afterAll(async () => mirror?.close());

// A linguist's cover letter with a numbered example (covington.sty is not in the offline bundle).
const RESUME = [
  '\\documentclass{article}',
  '\\usepackage{covington}',
  '\\begin{document}',
  'Dear hiring team, my thesis analysed sentences such as:',
  '\\begin{example}',
  'The committee reviewed the application.',
  '\\end{example}',
  '\\end{document}',
].join('\n');

test('a missing package is named, fetched from the mirror with one click, and the resume compiles', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.evaluate(async (url) => (globalThis as any).chrome.storage.local.set({ 'tex.mirror': url }), mirror.url);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({ name: 'cover-letter.tex', mimeType: 'text/x-tex', buffer: Buffer.from(RESUME) });
  await panel.getByRole('button', { name: /^Compile cover-letter/ }).click();

  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  await expect(panel.getByTestId('missing-packages')).toContainText("covington.sty is in TeX Live's covington package");
  expect(mirror.requests).toEqual([]);
  await panel.screenshot({ path: 'test-results/tex-package-missing.png' });

  await panel.getByTestId('fetch-packages').click();
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  expect(mirror.requests).toEqual(['/tlpkg/texlive.tlpdb.xz', '/archive/covington.tar.xz']);
  await panel.screenshot({ path: 'test-results/tex-package-fetched.png', fullPage: true });

  // Kept for later compiles: a second compile needs no mirror at all.
  await panel.getByRole('button', { name: /^Compile cover-letter/ }).click();
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  expect(mirror.requests).toHaveLength(2);
});
