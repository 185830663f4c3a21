import type { Page } from '@playwright/test';

/** In the side panel: Job tab → "Paste description", fills title, company and text, uses it. */
export async function pastePosting(panel: Page, posting: { title: string; company: string; description: string }): Promise<void> {
  await panel.getByRole('tab', { name: 'Job' }).click();
  await panel.getByRole('button', { name: 'Paste description' }).click();
  const paste = panel.getByTestId('paste-job');
  await paste.getByLabel('Title').fill(posting.title);
  await paste.getByLabel('Company').fill(posting.company);
  await panel.getByTestId('paste-description').fill(posting.description);
  await paste.getByRole('button', { name: 'Use this description' }).click();
}
