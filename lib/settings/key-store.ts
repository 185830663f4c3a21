import Dexie, { type EntityTable } from 'dexie';
import type { KeyVault } from './schema.ts';
import { keyVaultItem, profilesItem } from './storage-items.ts';

/** Where a stored key may be sent: the provider and the origin it was entered and tested for. */
export interface KeyBinding {
  provider: string;
  origin: string;
}

type Row = { id: 'vault'; value: KeyVault } | { id: 'bindings'; value: Record<string, KeyBinding> };

/**
 * Key material lives in an IndexedDB database of the extension's own origin, not in
 * `storage.local`: content scripts can read `storage.local` (Firefox has no way to stop them),
 * but they run with the page's origin and never see this database. It is separate from the
 * `bespoke` database so that no backup, export or reset of user data can carry a key.
 */
class KeyDatabase extends Dexie {
  items!: EntityTable<Row, 'id'>;
  constructor() {
    super('bespoke-keys');
    this.version(1).stores({ items: 'id' });
  }
}

let db: KeyDatabase | undefined;
const keyDb = () => (db ??= new KeyDatabase());

/** The vault as stored; moves a vault left in `storage.local` by an older version here first. */
export async function loadVault(): Promise<unknown> {
  const row = await keyDb().items.get('vault');
  if (row) return row.value;
  const legacy = await keyVaultItem.getValue();
  if (legacy === null) return { mode: 'plain', keys: {} };
  // Keys saved before binding existed are bound to their profile as it is at this upgrade.
  const bindings = await loadBindings();
  for (const p of await profilesItem.getValue()) bindings[p.id] ??= { provider: p.provider, origin: keyOrigin(p.provider, p.baseUrl) };
  await keyDb().transaction('rw', keyDb().items, async () => {
    await keyDb().items.put({ id: 'vault', value: legacy });
    await keyDb().items.put({ id: 'bindings', value: bindings });
  });
  await keyVaultItem.removeValue();
  return legacy;
}

/** The built-in providers' API origins, where a key goes when a profile has no base URL. */
const DEFAULT_ORIGINS: Record<string, string> = {
  openai: 'https://api.openai.com',
  anthropic: 'https://api.anthropic.com',
  google: 'https://generativelanguage.googleapis.com',
  mistral: 'https://api.mistral.ai',
};

/** The origin a profile's key is sent to. */
export function keyOrigin(provider: string, baseUrl: string | undefined): string {
  if (baseUrl && URL.canParse(baseUrl)) return new URL(baseUrl).origin;
  return DEFAULT_ORIGINS[provider] ?? 'none';
}

export async function saveVault(vault: KeyVault): Promise<void> {
  await keyDb().items.put({ id: 'vault', value: vault });
}

/** Provider + origin each stored key is bound to, by profile id. */
export async function loadBindings(): Promise<Record<string, KeyBinding>> {
  const row = await keyDb().items.get('bindings');
  return row?.id === 'bindings' ? { ...row.value } : {};
}

export async function saveBindings(bindings: Record<string, KeyBinding>): Promise<void> {
  await keyDb().items.put({ id: 'bindings', value: bindings });
}

/** Empties the key database (tests start from a fresh install). */
export async function clearKeyStore(): Promise<void> {
  await keyDb().items.clear();
}
