import { resolve } from 'node:path';
import { startFakeProvider, type FakeProvider } from '../fakes/llm/index';
import { expect, resetExtensionState, test } from './fixtures';
import { pastePosting } from './paste-posting';
import { importResumeFolder, useFakeOpenAi } from './setup-steps';

// Issue 12: a resume not in English is guarded with its own language's everyday words, which the
// extension loads as a separate chunk where the run executes. A German synonym ("pflegte" for
// "Wartung") is applied; a tool the resume never names is still flagged.
test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const KEY = 'sk-e2e-guard-de-3b9d';
const PLAN = `Hier ist der Plan.

\`\`\`json
{
  "edits": [
    { "segmentId": "b1", "evidence": ["b1"], "newText": "Entwickelte und pflegte eine Plattform zur Verwaltung von Kundendaten mit Python", "reason": "Aktive Verben.", "keywordsAdded": [] },
    { "segmentId": "b3", "evidence": ["b3"], "newText": "Automatisierung der Tests und der Auslieferung mit GitLab CI und Kubernetes", "reason": "Kubernetes steht in der Anzeige.", "keywordsAdded": ["Kubernetes"] }
  ],
  "reorders": [],
  "summary": null
}
\`\`\`
`;
const POSTING = 'Wir suchen eine Softwareentwicklerin (m/w/d) mit Erfahrung in Python, PostgreSQL, GitLab CI und Kubernetes für unsere Plattform zur Verwaltung von Kundendaten.';

let fake: FakeProvider;
test.beforeAll(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY, reply: PLAN });
});
test.afterAll(() => fake.close());

test('a German resume: a synonym in everyday German is applied, a new tool is flagged', async ({ extension }) => {
  const { context, extensionId } = extension;
  await useFakeOpenAi(context, extensionId, fake, KEY);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await importResumeFolder(panel, resolve('tests/fixtures/tex/lebenslauf-de'), 'lebenslauf');
  await pastePosting(panel, { title: 'Softwareentwicklerin (Python)', company: 'Beispiel AG', description: POSTING });

  await panel.getByRole('tab', { name: 'Tailor' }).click();
  await panel.getByLabel(/Rewrite with Fake OpenAI/).check();
  await panel.getByRole('button', { name: 'Tailor resume' }).click();
  const run = panel.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const edits = panel.getByTestId('edit-list');
  await expect(edits.locator('li[data-status=applied]', { hasText: 'pflegte' })).toBeVisible();
  const flagged = edits.locator('li[data-status=flagged]', { hasText: 'Kubernetes' });
  await expect(flagged).toBeVisible();
  await expect(flagged).toContainText('Kubernetes');
});
