import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import { expectAccessible } from './accessibility';
import { expect } from './fixtures';
import { pastePosting } from './paste-posting';

/**
 * The history is the user's record of applications: it must survive the browser. Two postings
 * are tailored offline, moved on the board (by the status menu, and by dragging a card), then
 * the browser is closed and started again on the same profile: the list, the board with its
 * dated statuses, and the runs themselves are all there.
 */
const test = base;

let profileDir: string;
let browser: ExtensionBrowser | undefined;
test.beforeAll(() => {
  profileDir = mkdtempSync(join(tmpdir(), 'bespoke-restart-'));
});
test.afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function openPanel(b: ExtensionBrowser): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  return panel;
}

async function tailorOffline(panel: Page, posting: { title: string; company: string; file: string }): Promise<void> {
  await pastePosting(panel, { title: posting.title, company: posting.company, description: readFileSync(`tests/fixtures/tailor/postings/${posting.file}`, 'utf8') });
  await expect(panel.getByTestId('job-title')).toHaveValue(posting.title);
  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  await expect(panel.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
}

const today = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(Date.now());

test('history and the applications board reopened after a browser restart (persistent profile)', async () => {
  test.setTimeout(240_000);
  browser = await launchWithExtension({ userDataDir: profileDir });
  const first = await openPanel(browser);
  await first.getByRole('tab', { name: 'Resume' }).click();
  await first.getByTestId('import-files').setInputFiles(resolve('scripts/demo/sample-resume/resume.tex'));
  await expect(first.getByTestId('resume-list')).toContainText('resume');
  await tailorOffline(first, { title: 'Platform Engineer', company: 'Northwind', file: 'devops-platform.txt' });
  await tailorOffline(first, { title: 'Frontend Engineer', company: 'Contoso', file: 'frontend-react.txt' });

  await first.getByRole('tab', { name: 'History' }).click();
  await expect(first.getByTestId('history-row')).toHaveCount(2);
  await first.getByRole('button', { name: 'Board' }).click();
  const column = (status: string) => first.getByTestId(`board-column-${status}`);
  await expect(column('saved').getByTestId('board-card')).toHaveCount(2);
  await expectAccessible(first, 'history, board');
  await first.screenshot({ path: 'test-results/history-board.png', fullPage: true });

  // Moved by its menu (the keyboard way): dated.
  await column('saved').getByTestId('board-card').filter({ hasText: 'Northwind' }).getByLabel('Move Platform Engineer to').selectOption('applied');
  const applied = column('applied').getByTestId('board-card');
  await expect(applied).toHaveCount(1);
  await expect(applied.getByTestId('status-dates')).toHaveText(`Applied ${today}`);
  // Moved by dragging the card to a column.
  await column('saved').getByTestId('board-card').filter({ hasText: 'Contoso' }).dragTo(column('interview'));
  await expect(column('interview').getByTestId('board-card')).toContainText('Frontend Engineer');
  await expect(column('saved').getByTestId('board-card')).toHaveCount(0);

  // The browser closes and starts again on the same profile.
  await browser.close();
  browser = await launchWithExtension({ userDataDir: profileDir });
  const again = await openPanel(browser);
  await again.getByRole('tab', { name: 'History' }).click();
  await expect(again.getByTestId('history-count')).toHaveText('2 runs');
  await expect(again.getByTestId('history-row').first()).toContainText('Frontend Engineer');
  await again.getByRole('button', { name: 'Board' }).click();
  const card = again.getByTestId('board-column-applied').getByTestId('board-card');
  await expect(card).toContainText('Platform Engineer');
  await expect(card.getByTestId('status-dates')).toHaveText(`Applied ${today}`);
  await expect(again.getByTestId('board-column-interview').getByTestId('board-card')).toContainText('Contoso');
  // A card opens its job's newest run, PDF and all.
  await card.getByRole('button', { name: /Platform Engineer/ }).click();
  const run = again.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done');
  await expect(again.getByText('Platform Engineer · Northwind')).toBeVisible();
  await expect(again.locator('[data-testid=pdf-preview] canvas').first()).toBeVisible();
});
