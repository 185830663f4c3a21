/**
 * Click → PDF in the built extension (`.output/chrome-mv3`) in Debian's Chromium: the offline
 * tailor of Jake's resume (one page, tests/fixtures) for a posting, timed from the click on
 * **Tailor resume** to the tailored PDF drawn in the panel. As a user meets it: the panel has
 * been open a few seconds (long enough for its warm-up), each run is for a new posting (so
 * nothing but the master's compile can be reused). Prints the median and each stage's median.
 *
 *   npm run -s bench:tailor:browser -- [--runs N] [--settle SECONDS]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readStore } from '../demo/read-store';
import { launchWithExtension } from '../browser/launch';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const RUNS = arg('--runs', 7);
const SETTLE_MS = arg('--settle', 5) * 1000;
const JAKE = resolve('tests/fixtures/tex/jake-resume');
const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function pastePosting(panel: Page, n: number): Promise<void> {
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill(`Senior Backend Engineer (Python) #${n}`);
  await paste.getByLabel('Company').fill('Clinicly');
  // A new posting each run: its analysis cannot come from an earlier one.
  await panel.getByTestId('paste-description').fill(`${POSTING}\n\nReference ${n}.`);
  await paste.getByRole('button', { name: 'Use this description' }).click();
}

async function main(): Promise<void> {
  const browser = await launchWithExtension();
  try {
    const { context, extensionId } = browser;
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    const setup = await context.newPage();
    await setup.goto(panelUrl);
    await setup.getByRole('tab', { name: 'Resume' }).click();
    await setup.getByTestId('import-files').setInputFiles(readdirSync(JAKE).map((f) => join(JAKE, f)));
    await setup.getByTestId('resume-list').getByText('resume').first().waitFor();
    await setup.close();

    const totals: number[] = [];
    const stages = new Map<string, number[]>();
    const phases = { start: [] as number[], pipeline: [] as number[], view: [] as number[], draw: [] as number[] };
    for (let n = 1; n <= RUNS; n++) {
      // A freshly opened panel each run, as when the user clicks the on-page button.
      const panel = await context.newPage();
      await panel.goto(panelUrl);
      await pastePosting(panel, n);
      await panel.waitForTimeout(SETTLE_MS);
      await panel.getByRole('tab', { name: 'Tailor' }).click();
      // The panel may still show the previous run: wait for the PDF of a run that is new.
      const before = (await readStore<{ id: string }>(panel, 'runs')).map((r) => r.id);
      const fresh = before.map((id) => `:not([data-run-id="${id}"])`).join('');
      const doneView = `[data-testid=run-view][data-status=done]${fresh}`;
      // Timed inside the page (the click's event and a mutation observer, in the page's clock):
      // Playwright's own polling would add up to half a second of its retry interval.
      await panel.evaluate((selector) => {
        const marks: { click?: number; done?: number; drawn?: number } = {};
        (window as unknown as { __bench: typeof marks }).__bench = marks;
        document.addEventListener('click', (e) => {
          if ((e.target as Element | null)?.closest('button')?.textContent?.includes('Tailor resume')) marks.click ??= performance.now();
        }, true);
        new MutationObserver(() => {
          if (marks.done === undefined && document.querySelector(selector)) marks.done = performance.now();
          if (marks.drawn === undefined && document.querySelector(`${selector} [data-testid=pdf-preview] canvas`)) marks.drawn = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      }, doneView);
      await panel.getByRole('button', { name: 'Tailor resume' }).click();
      await panel.locator(`${doneView} [data-testid=pdf-preview] canvas`).first().waitFor({ timeout: 120_000 });
      const marks = await panel.evaluate(() => (window as unknown as { __bench: { click: number; done: number; drawn: number } }).__bench);
      const origin = await panel.evaluate(() => performance.timeOrigin);
      totals.push(Math.round(marks.drawn - marks.click));
      const started = origin + marks.click;
      const viewDone = origin + marks.done;
      const shown = origin + marks.drawn;
      const runs = await readStore<{ id: string; startedAt: number; finishedAt?: number; report?: { timings: Record<string, number> } }>(panel, 'runs');
      const latest = runs.find((r) => !before.includes(r.id));
      const timings = latest?.report?.timings ?? {};
      // Where the time goes outside the pipeline's own stages: reaching the run host, and drawing the PDF.
      if (latest) {
        phases.start.push(Math.round(latest.startedAt - started));
        phases.pipeline.push(Math.round((latest.finishedAt ?? shown) - latest.startedAt));
        phases.view.push(Math.round(viewDone - (latest.finishedAt ?? viewDone)));
        phases.draw.push(Math.round(shown - viewDone));
      }
      for (const [stage, ms] of Object.entries(timings)) stages.set(stage, [...(stages.get(stage) ?? []), ms]);
      console.log(`  run ${n}: ${totals.at(-1)} ms (compile-master ${timings['compile-master'] ?? '?'}, compile ${timings.compile ?? '?'}, score ${timings.score ?? '?'})`);
      await panel.close();
    }
    console.log(`offline tailor, click → PDF shown (Chromium, Jake's resume, panel open ${SETTLE_MS / 1000} s): median ${median(totals)} ms of ${RUNS} runs [${totals.join(', ')}]`);
    console.log(`phases (median ms): click → run started ${median(phases.start)}, run ${median(phases.pipeline)}, run finished → shown as done ${median(phases.view)}, → PDF drawn ${median(phases.draw)}`);
    console.log('stages (median ms): ' + [...stages].map(([s, xs]) => `${s} ${Math.round(median(xs))}`).join(', '));
  } finally {
    await browser.close();
  }
}

await main();
