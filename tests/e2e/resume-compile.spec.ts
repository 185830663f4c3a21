import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectAccessible } from './accessibility';
import { embeddedFonts } from '../fixtures/pdf-fonts';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

test.afterEach(async ({ extension }) => {
  for (const page of extension.context.pages()) await page.close();
});

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}

test('imports a master resume and compiles it to a PDF inside the extension, on import', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await expect(panel.getByTestId('no-resume')).toBeVisible();

  await panel.getByTestId('import-files').setInputFiles(filesOf(resolve('tests/fixtures/tex/jake-resume')));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');

  // No click: a resume compiles as soon as it is imported.
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(result).toHaveAttribute('data-pages', '1');
  // pdf.js drew the page: a real PDF came out of the engine.
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  await panel.screenshot({ path: 'test-results/resume-compiled.png', fullPage: true });
});

test('Type 1 fonts derived from the bundle\'s OpenType faces (Latin Modern, Fira Sans) embed in the extension\'s PDF', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({
    name: 'derived.tex',
    mimeType: 'text/x-tex',
    buffer: Buffer.from(['\\documentclass{article}', '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage{FiraSans}',
      '\\begin{document}', 'Roman office \\textbf{bold}', '\\textsf{Sans office}', '\\end{document}', ''].join('\n')),
  });
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download PDF' }).click();
  const fonts = await embeddedFonts(new Uint8Array(readFileSync((await (await download).path())!)));
  expect(fonts).toEqual(expect.arrayContaining(['LMRoman10-Regular', 'LMRoman10-Bold', 'FiraSans-Regular']));
});

test('a resume that needs a missing file says which one', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({
    name: 'broken.tex',
    mimeType: 'text/x-tex',
    buffer: Buffer.from('\\documentclass{article}\n\\usepackage{no-such-package-xyz}\n\\begin{document}\nHi\n\\end{document}\n'),
  });
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  await expect(panel.getByTestId('missing-files')).toContainText('no-such-package-xyz.sty');

  // The next step: the file added to the same resume, which compiles again by itself.
  await panel.getByTestId('add-missing-files').setInputFiles({
    name: 'no-such-package-xyz.sty',
    mimeType: 'text/x-tex',
    buffer: Buffer.from('\\ProvidesPackage{no-such-package-xyz}\n'),
  });
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
  await expect(panel.getByTestId('resume-item').filter({ hasText: 'broken' })).toContainText('2 files');
});

test('a resume with METAFONT-only icons (ifsym) compiles: METAFONT and GFtoPK run in the extension', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({
    name: 'icons.tex',
    mimeType: 'text/x-tex',
    buffer: Buffer.from('\\documentclass{article}\n\\usepackage[misc]{ifsym}\n\\begin{document}\nJane Doe \\Letter\\ jane@example.org {\\large\\Telephone}\n\\end{document}\n'),
  });
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expect(result).toHaveAttribute('data-pages', '1');
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
});

test('a multi-page PDF is shown a page at a time: page x of n, next / previous, keyboard', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Resume' }).click();
  const pages = ['One', 'Two', 'Three'].map((n) => `\\section*{Page ${n}}\nText on page ${n.toLowerCase()}.`).join('\n\\newpage\n');
  await panel.getByTestId('import-files').setInputFiles({
    name: 'long-cv.tex',
    mimeType: 'text/x-tex',
    buffer: Buffer.from(`\\documentclass{article}\n\\begin{document}\n${pages}\n\\end{document}\n`),
  });
  await expect(panel.getByTestId('compile-result')).toHaveAttribute('data-pages', '3', { timeout: 60_000 });
  const preview = panel.getByTestId('pdf-preview');
  const label = panel.getByTestId('pdf-page');
  await expect(label).toHaveText('Page 1 of 3');
  await expect(preview.locator('canvas')).toHaveCount(1);
  await expect(preview.locator('canvas')).toHaveAttribute('data-page', '1');
  await expect(panel.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expectAccessible(panel, 'resume, multi-page preview');

  await panel.getByRole('button', { name: 'Next page' }).click();
  await expect(label).toHaveText('Page 2 of 3');
  await expect(preview.locator('canvas')).toHaveAttribute('data-page', '2');
  // The keyboard, on the focused preview.
  await preview.focus();
  await panel.keyboard.press('End');
  await expect(label).toHaveText('Page 3 of 3');
  await expect(preview.locator('canvas')).toHaveAttribute('data-page', '3');
  await expect(panel.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await panel.keyboard.press('ArrowLeft');
  await expect(label).toHaveText('Page 2 of 3');
  await panel.keyboard.press('Home');
  await expect(preview.locator('canvas')).toHaveAttribute('data-page', '1');
  await expect(preview.locator('canvas')).toHaveCount(1);
});

// Chrome's Local Font Access reads the fonts fontconfig lists on this machine; Debian's
// fonts-dejavu-core is one (fontconfig, and so Chromium, depends on it). Bespoke has no DejaVu
// for XeLaTeX, so the resume below gets stand-ins until the installed fonts are lent.
const haveDejaVu = existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf');

test('a XeLaTeX resume asking for fonts Bespoke lacks uses the ones installed on this computer, on a click', async ({ extension }) => {
  // Reason for the skip: no DejaVu installed here, so the browser has no such font to lend.
  test.skip(!haveDejaVu, 'fonts-dejavu-core is not installed on this machine');
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // The "fonts" permission Chrome asks for on the click, granted as the user would. (Playwright's
  // grantPermissions refuses an extension origin as opaque; the DevTools protocol takes it.)
  const cdp = await context.newCDPSession(panel);
  await cdp.send('Browser.setPermission', { permission: { name: 'local-fonts' }, setting: 'granted', origin: `chrome-extension://${extensionId}` });
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles({
    name: 'fonts-cv.tex',
    mimeType: 'text/x-tex',
    buffer: Buffer.from([
      '\\documentclass{article}', '\\usepackage{fontspec}', '\\setmainfont{DejaVu Serif}',
      '\\begin{document}', '\\section*{Experience} Led the \\textbf{migration} to Kubernetes.', '\\end{document}', '',
    ].join('\n')),
  });
  const result = panel.getByTestId('compile-result');
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expect(panel.getByTestId('font-substitution')).toContainText('"DejaVu Serif" is not installed in Bespoke; Latin Modern');
  const offer = panel.getByTestId('installed-fonts-offer');
  await expect(offer).toContainText('Stood in for: "DejaVu Serif"');
  await expectAccessible(panel, 'resume, installed fonts offer');
  await panel.screenshot({ path: 'test-results/installed-fonts-offer.png', fullPage: true });

  await offer.getByTestId('use-installed-fonts').click();
  await expect(panel.getByTestId('installed-fonts-used')).toContainText('"DejaVu Serif" from this computer', { timeout: 90_000 });
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(panel.getByTestId('font-substitution')).toHaveCount(0);
  await expect(offer).toHaveCount(0);
  await panel.screenshot({ path: 'test-results/installed-fonts.png', fullPage: true });

  // The downloaded PDF carries the installed DejaVu faces, not Latin Modern.
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download PDF' }).click();
  const fonts = await embeddedFonts(new Uint8Array(readFileSync((await (await download).path())!)));
  expect(fonts).toEqual(expect.arrayContaining(['DejaVuSerif', 'DejaVuSerif-Bold']));
  expect(fonts.some((f) => f.startsWith('LMRoman'))).toBe(false);
});
