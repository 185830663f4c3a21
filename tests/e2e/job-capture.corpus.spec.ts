import { CORPUS_URLS, fold, readJobManifest, serveCorpusPageAt } from './corpus';
import { tailorButton } from '../../scripts/browser/closed-shadow';
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
    const button = await tailorButton(page);
    await expect.poll(() => button.present()).toBe(true);
    await button.click();
    await expect.poll(() => button.status()).toContain('Captured');

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

test('the button lives in a closed shadow root and does not restyle the page', async ({ extension }) => {
  const { context } = extension;
  const url = CORPUS_URLS['indeed-1.html'];
  await serveCorpusPageAt(context, 'indeed-1.html', url);
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.present()).toBe(true);
  const host = await page.evaluate(() => {
    const el = document.querySelector('bespoke-tailor-button');
    return { host: !!el, pageSeesInside: !!el?.shadowRoot, leaked: !!document.querySelector('.bespoke-button') };
  });
  expect(host).toEqual({ host: true, pageSeesInside: false, leaked: false });
});

test('C1: a page cannot click the button itself; the panel names the capture it uses', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['workday-1.html'];
  await serveCorpusPageAt(context, 'workday-1.html', url);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const countJobs = () => panel.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('bespoke');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => { const q = open.result.transaction('jobs').objectStore('jobs').count(); q.onsuccess = () => { open.result.close(); resolve(q.result); }; };
  }));
  const before = await countJobs();
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.present()).toBe(true);
  // What the reviewed attack did, plus the ways left with a closed root: synthetic clicks and key presses.
  await page.evaluate(() => {
    const host = document.querySelector('bespoke-tailor-button')!;
    for (let i = 0; i < 3; i++) {
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (host.shadowRoot?.querySelector('button') as HTMLButtonElement | undefined)?.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
  });
  await page.waitForTimeout(1500);
  expect(await countJobs()).toBe(before);
  expect(await button.status()).toBe('');
  // A real click captures, and the Tailor tab says which capture it will use.
  await button.click();
  await expect.poll(() => button.status()).toContain('Captured');
  await panel.reload();
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await expect(panel.getByTestId('tailor-job-source')).toContainText(new URL(url).host);
});

test('edits to a captured posting are saved', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['seek-1.html'];
  await serveCorpusPageAt(context, 'seek-1.html', url);
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.present()).toBe(true);
  await button.click();
  await expect.poll(() => button.status()).toContain('Captured');

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('job-location').fill('Melbourne (hybrid)');
  await expect(panel.getByText('unsaved edits')).toBeVisible();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  // "Saved" waits for the write to commit; the draft matches the stored list a moment earlier
  // (Dexie shows a write before it commits), and a reload then could abort the write.
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved');
  await panel.reload();
  await expect(panel.getByTestId('job-location')).toHaveValue('Melbourne (hybrid)');
});

test('on LinkedIn search, switching to another job (currentJobId) is followed without a reload', async ({ extension }) => {
  const { context, extensionId } = extension;
  const url = CORPUS_URLS['linkedin-2.html'];
  await serveCorpusPageAt(context, 'linkedin-2.html', url);
  const page = await context.newPage();
  await page.goto(url);
  const button = await tailorButton(page);
  await expect.poll(() => button.title()).toMatch(/Marketing Assistant/);

  // What LinkedIn does when another job in the list is clicked: a new URL, then a new pane.
  await page.evaluate(() => {
    const next = new URL(location.href);
    next.searchParams.set('currentJobId', '3550009999');
    history.pushState({}, '', next);
    document.querySelector('.top-card-layout__title')!.textContent = 'Junior Brand Manager';
  });
  await expect.poll(() => button.title()).toMatch(/Junior Brand Manager/);

  await button.click();
  await expect.poll(() => button.status()).toContain('Captured');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('job-title')).toHaveValue('Junior Brand Manager');
});
