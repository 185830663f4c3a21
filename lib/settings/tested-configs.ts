import type { ProviderConfig } from '../llm/index.ts';
import { testedConfigsItem } from './storage-items.ts';

const REMEMBERED = 20;

/** SHA-256 of everything that decides whether a configuration works (key included, never stored). */
async function digest(config: ProviderConfig): Promise<string> {
  const text = JSON.stringify([config.provider, config.baseUrl ?? '', config.model, config.apiKey]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Remembers, for this browser session, that `config` passed "Test connection". */
export async function rememberTested(config: ProviderConfig): Promise<void> {
  const d = await digest(config);
  const list = (await testedConfigsItem.getValue()).filter((x) => x !== d);
  await testedConfigsItem.setValue([...list, d].slice(-REMEMBERED));
}

export async function wasTested(config: ProviderConfig): Promise<boolean> {
  return (await testedConfigsItem.getValue()).includes(await digest(config));
}
