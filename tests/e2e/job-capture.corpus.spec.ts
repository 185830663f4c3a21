import { CORPUS_URLS, fold, readJobManifest, serveCorpusPageAt } from './corpus';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const manifest = readJobManifest();
/** Pages on boards whose content script shows the on-page button. */
const BOARD_PAGES = ['linkedin-1.html', 'linkedin-2.html', 'linkedin-4.html', 'linkedin-5.html', 'indeed-1.html', 'seek-1.html', 'workday-1.html'];

test.afterEach(async ({ extension }) => {
  await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const page of extension.context.pages()) await page.close();
});

for (const file of BOARD_PAGES) {
  test(`captures ${file} with one click and shows it in the side panel`, async ({ extension }) => {
    const { context, extensionId } = extension;
    const expected = manifest.get(file)!;
    const url = CORPUS_URLS[file];
    await serveCorpusPageAt(context, file, url);

    const page = await context.newPage();
    await page.goto(url);
    const button = page.getByTestId('bespoke-tailor');
    await button.click();
    await expect(page.getByTestId('bespoke-status')).toContainText('Captured');

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.getByTestId('job-title')).toHaveValue(expected.title.trim());
    const description = fold(await panel.getByTestId('job-description').inputValue());
    // What a reader sees first: the manifest's first 15 words (the manifest keeps source quirks
    // such as a stray space before a comma, so whitespace is folded on both sides).
    expect(description.replace(/ ,/g, ',')).toContain(fold(expected.descriptionStart).replace(/ ,/g, ','));
    expect(description.replace(/ ,/g, ',').startsWith(fold(expected.descriptionStart).replace(/ ,/g, ',').split(' ').slice(0, 5).join(' '))).toBe(true);
    expect(expected.company).toContain(await panel.getByTestId('job-company').inputValue());
    expect(await panel.getByTestId('job-company').inputValue()).not.toBe('');
  });
}

test('the button lives in a shadow root and does not restyle the page', async ({ extension }) => {
  const { context } = extension;
  const url = CORPUS_URLS['indeed-1.html'];
  await serveCorpusPageAt(context, 'indeed-1.html', url);
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('bespoke-tailor')).toBeVisible();
  const host = await page.evaluate(() => {
    const el = document.querySelector('bespoke-tailor-button');
    return { hasShadow: !!el?.shadowRoot, leaked: !!document.querySelector('body > .bespoke-button') };
  });
  expect(host).toEqual({ hasShadow: true, leaked: false });
});

test('edits to a captured posting are saved', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['seek-1.html'];
  await serveCorpusPageAt(context, 'seek-1.html', url);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('bespoke-tailor').click();
  await expect(page.getByTestId('bespoke-status')).toContainText('Captured');

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('job-location').fill('Melbourne (hybrid)');
  await expect(panel.getByText('unsaved edits')).toBeVisible();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  // Saved once the stored record equals the draft again.
  await expect(panel.getByText('unsaved edits')).toBeHidden();
  await panel.reload();
  await expect(panel.getByTestId('job-location')).toHaveValue('Melbourne (hybrid)');
});

test('on LinkedIn search, switching to another job (currentJobId) is followed without a reload', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['linkedin-2.html'];
  await serveCorpusPageAt(context, 'linkedin-2.html', url);
  const page = await context.newPage();
  await page.goto(url);
  const button = page.getByTestId('bespoke-tailor');
  await expect(button).toHaveAttribute('title', /Marketing Assistant/);

  // What LinkedIn does when another job in the list is clicked: a new URL, then a new pane.
  await page.evaluate(() => {
    const next = new URL(location.href);
    next.searchParams.set('currentJobId', '3550009999');
    history.pushState({}, '', next);
    document.querySelector('.top-card-layout__title')!.textContent = 'Junior Brand Manager';
  });
  await expect(button).toHaveAttribute('title', /Junior Brand Manager/);

  await button.click();
  await expect(page.getByTestId('bespoke-status')).toContainText('Captured');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('job-title')).toHaveValue('Junior Brand Manager');
});
