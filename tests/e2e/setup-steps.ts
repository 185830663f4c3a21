import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { FakeProvider } from '../fakes/llm/index';
import { sendFromPage } from './background-messages';

/**
 * On the options page: tests the connection to a fake OpenAI server, saves it as a profile and
 * makes it the default, as a person does before tailoring with a model. Returns the options page.
 */
export async function useFakeOpenAi(context: BrowserContext, extensionId: string, fake: FakeProvider, apiKey: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const draft = { label: 'Fake OpenAI', provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey };
  expect((await sendFromPage(options, 'llm:connection:test', draft)).err).toBeUndefined();
  const saved = await sendFromPage<{ id: string }>(options, 'llm:profile:save', draft);
  expect(saved.err).toBeUndefined();
  await sendFromPage(options, 'llm:profile:set-default', { id: saved.res!.id });
  return options;
}

/** In the side panel: Resume tab → imports every file of a folder, and waits for the resume in the list. */
export async function importResumeFolder(panel: Page, dir: string, listed: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Resume' }).click();
  await panel.getByTestId('import-files').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
  await expect(panel.getByTestId('resume-list')).toContainText(listed);
}
