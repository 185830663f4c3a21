import { readStoredJobs } from '../../scripts/demo/read-store';
import { CORPUS_URLS, fold, readJobManifest, serveCorpusPageAt } from './corpus';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));
import { clickToolbarButton } from './toolbar';

const manifest = readJobManifest();

test.afterEach(async ({ extension }) => {
  await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const page of extension.context.pages()) await page.close();
});

test('a careers page outside the job boards is captured by the toolbar button (activeTab)', async ({ extension }) => {
  const { context, extensionId } = extension;
  const file = 'careers-vercel-1.html';
  const url = CORPUS_URLS[file];
  await serveCorpusPageAt(context, file, url);
  const page = await context.newPage();
  await page.goto(url);
  // No job-board match pattern covers this site: no on-page button.
  await expect(page.locator('bespoke-tailor-button')).toHaveCount(0);

  const popup = await clickToolbarButton(context, extensionId, url);
  const expected = manifest.get(file)!;
  await popup.waitForText(expected.title);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('job-title')).toHaveValue(expected.title);
  await expect(panel.getByTestId('job-company')).toHaveValue(expected.company);
  const description = fold(await panel.getByTestId('job-description').inputValue());
  expect(description.startsWith(fold(expected.descriptionStart))).toBe(true);
});

test('a page whose ad is an image offers the selection and paste fallbacks, storing nothing', async ({ extension }) => {
  const { context, extensionId } = extension;
  const file = 'careers-topjobs-1.html';
  const url = CORPUS_URLS[file];
  await serveCorpusPageAt(context, file, url);
  const page = await context.newPage();
  await page.goto(url);

  const popup = await clickToolbarButton(context, extensionId, url);
  const text = await popup.waitForText('Paste description');
  expect(text).toMatch(/placeholder|image/i);
  expect(text).toContain('Use selected text');

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const stored = (await readStoredJobs(panel)) as { url: string }[];
  expect(stored.filter((j) => j.url === url)).toHaveLength(0);
});
