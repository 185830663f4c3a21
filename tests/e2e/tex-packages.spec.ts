import { startFakeMirror, type FakeMirror } from '../fakes/texlive/mirror';
import { HUMANITIES_DEB, texmfFilesFromDeb } from '../fakes/texlive/debian-package';
import { expectAccessible } from './accessibility';
import { expect, resetExtensionState, test } from './fixtures';

// The long tail on demand: a resume loads a package the offline bundle lacks; the compile names
// the TeX Live package, one click fetches it from the mirror (here TeX Live's archive layout on
// 127.0.0.1, built from Debian's TeX Live files), and the resume compiles.
let mirror: FakeMirror;

test.beforeAll(async ({ extension }) => {
  await resetExtensionState(extension);
  mirror = await startFakeMirror([{ name: 'reledmac', revision: 73810, files: texmfFilesFromDeb(HUMANITIES_DEB, 'tex/latex/reledmac') }]);
});

test.afterAll(async () => mirror?.close());

// A scholarly editor's cover letter with a numbered, annotated passage (reledmac, a critical-edition
// package heavier than the offline tier's light macro packages, is not in the offline bundle).
const RESUME = [
  '\\documentclass{article}',
  '\\usepackage{reledmac}',
  '\\begin{document}',
  'Dear hiring team, my edition of the letters reads:',
  '\\beginnumbering',
  '\\pstart',
  'The committee \\edtext{reviewed}{\\Afootnote{read}} the application.',
  '\\pend',
  '\\endnumbering',
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
  await expect(panel.getByTestId('missing-packages')).toContainText("reledmac.sty is in TeX Live's reledmac package");
  expect(mirror.requests).toEqual([]);
  await expectAccessible(panel, 'resume, missing package');
  await panel.screenshot({ path: 'test-results/tex-package-missing.png' });

  await panel.getByTestId('fetch-packages').click();
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  expect(mirror.requests).toEqual(['/tlpkg/texlive.tlpdb.xz', '/archive/reledmac.tar.xz']);
  await panel.screenshot({ path: 'test-results/tex-package-fetched.png', fullPage: true });

  // Kept for later compiles: a second compile needs no mirror at all.
  await panel.getByRole('button', { name: /^Compile cover-letter/ }).click();
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  expect(mirror.requests).toHaveLength(2);
});
