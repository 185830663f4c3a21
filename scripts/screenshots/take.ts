/**
 * Screenshots of every screen of the built extension, light and dark, at the side panel's
 * narrow (360 px) and wide (480 px) widths, into docs/screenshots/ (the README's pictures).
 * A fresh profile walks the first run as a user would: welcome, the sample posting captured
 * from its page, the sample resume, an offline tailoring run, history (list and board),
 * settings, popup, and a zipped project whose compile fails.
 *
 *   npx wxt build && npm run screenshots
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { tailorButton } from '../browser/closed-shadow';
import { launchWithExtension } from '../browser/launch';

const OUT = resolve(process.env.SCREENSHOTS_OUT ?? 'docs/screenshots');
const SAMPLE_URL = 'https://job-boards.greenhouse.io/northwind/jobs/4821937';
const WIDTHS = [360, 480];
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, open: (page: Page) => Promise<void>, widths = WIDTHS): Promise<void> {
  for (const scheme of SCHEMES) {
    for (const width of widths) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 760 });
      // A background tab runs no CSS transitions: the shot would catch the tabs mid-change.
      await page.bringToFront();
      await open(page);
      // pdf.js starts in the panel on first use: every preview has drawn its page before the shot.
      await page
        .waitForFunction(() => [...document.querySelectorAll('[data-testid=pdf-preview]')].every((p) => p.querySelector('canvas')), undefined, { timeout: 20_000 })
        .catch(() => console.warn(`${name}: a PDF preview did not draw in 20 s`));
      // From the top, as a person opens it (a click lower down may have scrolled the page).
      await page.evaluate(() => window.scrollTo(0, 0));
      // Fonts, pdf.js canvases and transitions settle.
      await page.waitForTimeout(400);
      const path = resolve(OUT, `${name}-${scheme}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchWithExtension();
  const { context, extensionId } = browser;
  const base = `chrome-extension://${extensionId}`;
  const html = readFileSync(resolve('scripts/demo/sample-posting.html'));
  await context.route((u) => u.protocol.startsWith('http'), (route) =>
    route.request().url() === SAMPLE_URL ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  const panel = await context.newPage();
  const tab = (name: string) => async (p: Page) => {
    await p.goto(`${base}/sidepanel.html`);
    await p.getByRole('tab', { name }).click();
  };

  await shoot(panel, 'welcome', async (p) => {
    await p.goto(`${base}/sidepanel.html`);
    await p.getByTestId('welcome').waitFor();
  });
  await shoot(panel, 'resume-empty', tab('Resume'));
  await shoot(panel, 'tailor-empty', tab('Tailor'));

  // The posting, captured from its page with the on-page button.
  const posting = await context.newPage();
  await posting.goto(SAMPLE_URL);
  const button = await tailorButton(posting);
  for (let i = 0; i < 75 && !(await button.present()); i++) await posting.waitForTimeout(200);
  await button.click();
  for (let i = 0; i < 75 && !(await button.status()).includes('Captured'); i++) await posting.waitForTimeout(200);

  await shoot(panel, 'job', async (p) => {
    await tab('Job')(p);
    await p.getByTestId('job-title').waitFor();
  });

  // The sample resume, compiled.
  await tab('Resume')(panel);
  await panel.getByRole('button', { name: /try the sample resume/i }).click();
  await panel.getByTestId('resume-list').waitFor();
  await shoot(panel, 'resume', async (p) => {
    await tab('Resume')(p);
    await p.getByRole('button', { name: /^Compile/ }).click();
    await p.locator('[data-testid=pdf-preview] canvas').first().waitFor({ timeout: 120_000 });
  });

  // An offline run: its progress, then its result.
  await tab('Tailor')(panel);
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await panel.getByTestId('run-step').waitFor({ timeout: 30_000 }).catch(() => undefined);
  await panel.screenshot({ path: resolve(OUT, 'tailor-running-light-360.png') });
  await panel.locator('[data-testid=run-view][data-status=done]').waitFor({ timeout: 120_000 });
  await shoot(panel, 'tailor', async (p) => {
    await tab('Tailor')(p);
    await p.locator('[data-testid=run-view][data-status=done]').waitFor();
    await p.locator('[data-testid=pdf-preview] canvas').first().waitFor({ timeout: 30_000 });
  });
  await shoot(panel, 'history', tab('History'));
  await shoot(panel, 'history-board', async (p) => {
    await tab('History')(p);
    await p.getByRole('button', { name: 'Board' }).click();
    await p.getByTestId('board-card').first().waitFor();
  });
  await shoot(panel, 'settings', async (p) => {
    await tab('Settings')(p);
    await p.getByRole('button', { name: /Advanced/ }).click();
  });
  await shoot(panel, 'popup-browser-page', async (p) => {
    await p.goto(`${base}/popup.html`);
    await p.getByTestId('popup-unreadable').waitFor();
  }, [360]);
  await shoot(panel, 'options', async (p) => {
    await p.goto(`${base}/options.html`);
    await p.getByRole('button', { name: /add provider/i }).waitFor();
  }, [480, 900]);
  // A zipped project whose compile fails: the error with its file, line and next step.
  await tab('Resume')(panel);
  await panel.getByTestId('import-files').setInputFiles({ name: 'jordan-cv.zip', mimeType: 'application/zip', buffer: brokenProjectZip() });
  await panel.getByTestId('compile-error').waitFor({ timeout: 120_000 });
  await shoot(panel, 'resume-error', async (p) => {
    await tab('Resume')(p);
    await p.getByRole('button', { name: 'jordan-cv', exact: true }).click();
    await p.getByRole('button', { name: 'Compile jordan-cv' }).click();
    await p.getByTestId('compile-error').waitFor({ timeout: 60_000 });
  });
  await browser.close();
}

/** A two-file project with a typo'd command in the \input file, zipped as Overleaf does. */
function brokenProjectZip(): Buffer {
  const main = '\\documentclass[11pt]{article}\n\\usepackage[margin=1in]{geometry}\n\\begin{document}\n\\section*{Jordan Lee}\nBackend engineer.\n\\input{sections/work}\n\\end{document}\n';
  const work = '\\section*{Experience}\n\\begin{itemize}\n  \\item Built the billing service in \\Pyhton{} and Go.\n\\end{itemize}\n';
  return Buffer.from(zipSync({ 'jordan-cv/main.tex': strToU8(main), 'jordan-cv/sections/work.tex': strToU8(work) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
