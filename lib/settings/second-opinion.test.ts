import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { createSettingsHandlers } from './handlers.ts';
import { getSecondOpinion, secondOpinionItem, secondOpinionModel, setSecondOpinion } from './second-opinion.ts';

const KEY = 'sk-second-opinion-0123456789';
let fake: FakeProvider;
const api = createSettingsHandlers({ llm: { retry: { maxRetries: 0 } } });

beforeEach(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY, models: ['gpt-4.1', 'gpt-4o-mini', 'gpt-4.1-nano', 'text-embedding-3-small'] });
  const draft = { label: 'OpenAI', provider: 'openai' as const, baseUrl: fake.baseUrl, model: 'gpt-4.1', apiKey: KEY };
  await api.testConnection(draft);
  await api.saveProfile(draft);
});
afterEach(async () => { await fake.close(); });

describe('second-opinion setting', () => {
  it('is off by default: no model, no call', async () => {
    expect(await getSecondOpinion()).toEqual({ enabled: false, model: null });
    expect(await secondOpinionModel()).toBeNull();
  });

  it('on: the provider\'s cheapest listed model with a known price, or the chosen one', async () => {
    await setSecondOpinion({ enabled: true, model: null });
    expect(await secondOpinionModel()).toBe('gpt-4.1-nano');
    await setSecondOpinion({ enabled: true, model: '  gpt-4o-mini ' });
    expect(await getSecondOpinion()).toEqual({ enabled: true, model: 'gpt-4o-mini' });
    expect(await secondOpinionModel()).toBe('gpt-4o-mini');
  });

  it('a malformed stored value reads as off', async () => {
    await secondOpinionItem.setValue({ enabled: 'yes', model: 3 } as never);
    expect(await getSecondOpinion()).toEqual({ enabled: false, model: null });
  });
});
