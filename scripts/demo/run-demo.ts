/**
 * The Quick-start demo: loads the built extension into Chromium on a sample posting, clicks
 * "Tailor resume", and shows the side panel. With a display it opens a real window and waits
 * for you to close it; without one (or with CI set) it runs headless and saves what it produced.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tailorButton } from '../browser/closed-shadow';
import { launchWithExtension } from '../browser/launch';

const OUT_DIR = resolve(process.env.BESPOKE_DEMO_OUT ?? 'artifacts/demo');
const SAMPLE_PAGE = resolve('scripts/demo/sample-posting.html');
const SAMPLE_URL = 'https://job-boards.greenhouse.io/northwind/jobs/4821937';

async function waitUntil(ok: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await ok()) return;
  throw new Error(`Timed out waiting for ${what}.`);
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && process.env.HEADLESS !== '1';
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await launchWithExtension({ headless: !headed });
  const { context, extensionId } = browser;
  const html = readFileSync(SAMPLE_PAGE);
  // The sample posting is served at a real board URL so the extension's match patterns apply;
  // nothing else is fetched.
  await context.route((u) => u.protocol.startsWith('http'), (route) =>
    route.request().url() === SAMPLE_URL ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );

  const page = await context.newPage();
  await page.goto(SAMPLE_URL);
  // The button sits in a closed shadow root; the driver reaches it through the DevTools protocol.
  const button = await tailorButton(page);
  await waitUntil(() => button.present(), 'the Tailor resume button');
  await button.click();
  await waitUntil(async () => (await button.status()).includes('Captured'), 'the capture');
  await page.screenshot({ path: resolve(OUT_DIR, 'posting-page.png') });

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('job-title').waitFor();
  await panel.screenshot({ path: resolve(OUT_DIR, 'side-panel.png'), fullPage: true });
  console.log(`Bespoke demo: captured "${await panel.getByTestId('job-title').inputValue()}"`);
  const { readStoredJobs, readLatestRunPdf } = await import('./read-store');
  writeFileSync(resolve(OUT_DIR, 'captured-posting.json'), JSON.stringify(await readStoredJobs(panel), null, 2));

  // The master resume: a sample LaTeX project, imported as a user would (file picker).
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await panel.getByTestId('resume-list').waitFor();
  // Tailor it offline (no key needed): bullets and skills reordered for this posting, PDF compiled in the browser.
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await panel.locator('[data-testid=run-view][data-status=done], [data-testid=run-view][data-status=failed]').waitFor({ timeout: 120_000 });
  const status = await panel.getByTestId('run-view').getAttribute('data-status');
  await panel.screenshot({ path: resolve(OUT_DIR, 'tailored-run.png'), fullPage: true });
  const pdf = await readLatestRunPdf(panel);
  if (status !== 'done' || !pdf) throw new Error(`the tailoring run ended as ${status}: ${await panel.getByTestId('run-view').innerText()}`);
  writeFileSync(resolve(OUT_DIR, 'tailored.pdf'), pdf);
  console.log(`Bespoke demo: ${await panel.getByTestId('run-score').innerText()}`);

  console.log(`  screenshot of the posting:  ${resolve(OUT_DIR, 'posting-page.png')}`);
  console.log(`  screenshot of the panel:    ${resolve(OUT_DIR, 'side-panel.png')}`);
  console.log(`  captured posting (JSON):    ${resolve(OUT_DIR, 'captured-posting.json')}`);
  console.log(`  tailoring run (screenshot): ${resolve(OUT_DIR, 'tailored-run.png')}`);
  console.log(`  tailored PDF:               ${resolve(OUT_DIR, 'tailored.pdf')}`);
  if (headed) {
    console.log('Chromium is open with Bespoke loaded; close the window to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
