import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { readStore } from '../../scripts/demo/read-store';
import { expectAccessible } from './accessibility';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';
import { serveFixturePage } from './fixture-pages';
import { useFakeOpenAi } from './setup-steps';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const POSTING = readFileSync('tests/fixtures/tailor/postings/backend-python.txt', 'utf8');
const RECORDED_PLAN = readFileSync('tests/fixtures/tailor/responses/jake-resume__backend-python.txt', 'utf8');
const RECORDED_LETTER = readFileSync('tests/fixtures/tailor/responses/cover-letter__jake-backend.txt', 'utf8');
const KEY = 'sk-e2e-tailor-51f0';

async function openPanel(page: Page, extensionId: string, tab: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByRole('tab', { name: tab }).click();
}

let fake: FakeProvider;
test.beforeAll(async () => {
  // Answers like a model would: the recorded cover letter when asked for one, else the recorded plan.
  fake = await startFakeProvider('openai', { apiKey: KEY, reply: ({ prompt }) => (/cover letter/i.test(prompt) ? RECORDED_LETTER : RECORDED_PLAN) });
});
test.afterAll(() => fake.close());

test('offline tailor: pasted posting + imported master → tailored PDF with scores, master untouched', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await openPanel(panel, extensionId, 'Resume');
  const jake = resolve('tests/fixtures/tex/jake-resume');
  await panel.getByTestId('import-files').setInputFiles(readdirSync(jake).map((f) => join(jake, f)));
  await expect(panel.getByTestId('resume-list')).toContainText('resume');

  await pastePosting(panel, { title: 'Senior Backend Engineer (Python)', company: 'Clinicly', description: POSTING });
  await expect(panel.getByTestId('job-title')).toHaveValue('Senior Backend Engineer (Python)');

  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await expect(panel.getByTestId('tailor-job')).toContainText('Clinicly');
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(panel.getByTestId('run-score')).toContainText(/Match score \d+ → \d+/);
  await expect(panel.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1);
  await expect(panel.getByTestId('keyword-table')).toContainText('PostgreSQL');

  // The master is never modified by tailoring.
  const master = readFileSync(join(jake, 'resume.tex'), 'utf8');
  const [storedResume] = await readStore<{ files: { path: string; content: string }[] }>(panel, 'resumes');
  const stored = storedResume.files.find((f) => f.path === 'resume.tex')!.content;
  expect(stored).toBe(master);
});

test('LLM tailor: the plan comes from the provider via the background; an invented metric is flagged until accepted', async ({ extension }) => {
  const { context, extensionId } = extension;
  await useFakeOpenAi(context, extensionId, fake, KEY);

  const panel = await context.newPage();
  await openPanel(panel, extensionId, 'Tailor');
  await expect(panel.getByText(/Rewrite with Fake OpenAI/)).toBeVisible();
  await panel.getByLabel(/Rewrite with Fake OpenAI/).check();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toContainText('gpt-4o-mini');

  const edits = panel.getByTestId('edit-list');
  await expect(edits.locator('li[data-status=applied]').first()).toBeVisible();
  const invented = edits.locator('li[data-status=flagged]', { hasText: '40%' });
  await expect(invented).toBeVisible();
  // The tailored PDF is drawn (pdf.js starts in the panel on first use: waited for, not counted at once).
  await expect(panel.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible({ timeout: 30_000 });

  // The user vouches for the metric: the run is redone on the same plan, without a model call.
  const chatCalls = fake.requests.filter((r) => r.endpoint === 'chat').length;
  await invented.getByLabel(/This is true/).check();
  await panel.getByRole('button', { name: 'Re-compile with my choices' }).click();
  await expect(panel.getByTestId('run-history')).toBeVisible();
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  // Confirmed, the metric is evidence for this master: applied without a claim (the diff shows the LaTeX "40\\%").
  await expect(edits.locator('li[data-status=applied]', { hasText: 'cutting reporting time' })).toBeVisible({ timeout: 90_000 });
  expect(fake.requests.filter((r) => r.endpoint === 'chat').length).toBe(chatCalls);

  // …and rejects an applied change: it is left out of the next PDF, again without a model call.
  const pythonEdit = edits.locator('li[data-status=applied]', { hasText: 'in Python using FastAPI' });
  await pythonEdit.getByLabel('Reject this change').check();
  await panel.getByRole('button', { name: 'Re-compile with my choices' }).click();
  await expect(edits.locator('li[data-status=rejected]', { hasText: 'in Python using FastAPI' })).toBeVisible({ timeout: 90_000 });
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  expect(fake.requests.filter((r) => r.endpoint === 'chat').length).toBe(chatCalls);
  await panel.screenshot({ path: 'test-results/tailor-run.png', fullPage: true });
  // The review with applied, refused and flagged changes is accessible too.
  await expectAccessible(panel, 'tailor, review with changes');

  // "Accept all" takes every refused change back; re-compiled, the Python change is in again.
  const recompile = panel.getByRole('button', { name: 'Re-compile with my choices' });
  await expect(recompile).toBeDisabled();
  await panel.getByRole('button', { name: 'Accept all' }).click();
  await expect(edits.locator('li', { hasText: 'in Python using FastAPI' }).getByLabel('Reject this change')).not.toBeChecked();
  await recompile.click();
  await expect(edits.locator('li[data-status=applied]', { hasText: 'in Python using FastAPI' })).toBeVisible({ timeout: 90_000 });
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(panel.getByRole('button', { name: 'Accept all' })).toHaveCount(0);
  expect(fake.requests.filter((r) => r.endpoint === 'chat').length).toBe(chatCalls);

  // "Copy as plain text" puts the PDF's text — what an ATS reads — on the clipboard.
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  // Read back from a web page allowed to read the browser's clipboard (an extension origin cannot be granted it).
  const url = await serveFixturePage(context, 'greenhouse-board-1.html');
  await context.grantPermissions(['clipboard-read'], { origin: new URL(url).origin });
  const reader = await context.newPage();
  await reader.goto(url);
  await reader.bringToFront();
  const copied = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  expect(copied).toContain('in Python using FastAPI');
  expect(copied).toMatch(/Jake Ryan/);
});

test('cover letter for the same posting: compiled to PDF, an unsupported claim left out', async ({ extension }) => {
  const { context, extensionId } = extension;
  const panel = await context.newPage();
  await openPanel(panel, extensionId, 'Tailor');
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done');
  // The letter has its own tab beside the tailored resume.
  await panel.getByRole('tab', { name: 'Cover letter' }).click();
  const section = panel.getByTestId('cover-letter');
  await section.getByRole('button', { name: 'Write a cover letter' }).click();
  await expect(section.locator('[data-testid=pdf-preview] canvas')).toHaveCount(1, { timeout: 60_000 });
  // "10 years of Kubernetes experience at Stripe" is not in the master: flagged, not written.
  await expect(section.getByText(/Left out .*Stripe/)).toBeVisible();
  await expectAccessible(panel, 'tailor, cover letter');
});
