import { readStoredJobs } from '../../scripts/demo/read-store';
import { FIXTURE_URLS } from '../fixtures/jobs/fixture-urls';
import { serveFixturePage } from './fixture-pages';
import { expect, resetExtensionState, test } from './fixtures';
import { clickToolbarButton } from './toolbar';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

test.afterEach(async ({ extension }) => {
  await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const page of extension.context.pages()) await page.close();
});

test('an application form is named one, with the posting’s own address, and never stored as a posting', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = await serveFixturePage(context, 'lever-apply-1.html');
  const page = await context.newPage();
  await page.goto(url);

  const popup = await clickToolbarButton(context, extensionId, url);
  const text = await popup.waitForText('application form');
  expect(text).toContain('This is the application form, not the posting.');
  expect(text).toContain(FIXTURE_URLS['lever-1.html']);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const stored = (await readStoredJobs(panel)) as { url: string }[];
  expect(stored.filter((j) => j.url === url)).toHaveLength(0);
});
