import { CORPUS_URLS, serveCorpusPageAt } from './corpus';
import { tailorButton } from '../../scripts/browser/closed-shadow';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

test.afterEach(async ({ extension }) => {
  await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const page of extension.context.pages()) await page.close();
});

test('the Job tab shows what users filter by for a captured posting', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['indeed-1.html'];
  await serveCorpusPageAt(context, 'indeed-1.html', url);
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.present()).toBe(true);
  await button.click();
  await expect.poll(() => button.status()).toContain('Captured');

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const facts = panel.getByTestId('job-facts');
  // "Senior DevOps Engineer", full-time in its JSON-LD, on-site time at the Camberwell office.
  await expect(facts).toContainText('senior');
  await expect(facts).toContainText(/full[-_ ]?time/i);
});
