import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';

/**
 * The keyboard shortcut "tailor this job" (commands API). Headless Chromium cannot press a
 * browser-level shortcut, so the two halves are tested apart: here, that the built manifest
 * declares it and Chrome assigned its keys, and that the panel tailors the posting the
 * shortcut handed over (its session-storage request) without a click; the background half
 * (panel opened first, posting captured and stored, request written) in
 * lib/capture/tailor-command.test.ts.
 */
test.beforeAll(async ({ extension }) => {
  await resetExtensionState(extension);
  // A side panel left open by an earlier spec file would take the hand-over first (any open
  // panel reads the request once): only this spec's panel may be there.
  for (const page of extension.context.pages()) await page.close();
});

test('the shortcut is declared with its keys, and the panel tailors the posting it hands over without a click', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const commands = await panel.evaluate(() => (globalThis as any).chrome.commands.getAll() as Promise<{ name: string; shortcut: string; description: string }[]>);
  expect(commands).toContainEqual(expect.objectContaining({ name: 'tailor-current-job', shortcut: 'Alt+Shift+Y', description: 'Tailor your resume to the job in this tab' }));

  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');
  await pastePosting(panel, { title: 'Data Engineer', company: 'Fabrikam', description: readFileSync('tests/fixtures/tailor/postings/java-data.txt', 'utf8') });
  await expect(panel.getByTestId('job-title')).toHaveValue('Data Engineer');
  const jobId = await panel.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('bespoke');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('jobs').objectStore('jobs').getAll();
          all.onsuccess = () => { resolve((all.result as { id: string }[])[0].id); open.result.close(); };
        };
      }),
  );
  await panel.close();

  // What the shortcut leaves for the panel it opened: the stored posting to tailor, on Tailor.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate((id) => (globalThis as any).chrome.storage.session.set({ 'panel.autoTailor': { jobId: id, at: Date.now() }, 'panel.requestedTab': 'tailor' }), jobId);
  const opened = await context.newPage();
  await opened.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(opened.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  const run = opened.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', /running|done/);
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(opened.getByText('Data Engineer · Fabrikam')).toBeVisible();
  // Taken once: the request is gone, and a reload starts nothing new.
  expect(await options.evaluate(() => (globalThis as any).chrome.storage.session.get('panel.autoTailor'))).toEqual({});
  await opened.reload();
  await opened.getByRole('tab', { name: 'History' }).click();
  await expect(opened.getByTestId('history-count')).toHaveText('1 run');
});
