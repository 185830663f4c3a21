import { SettingsError } from './errors.ts';
import { KeyVaultSchema, type LockedVault, type VaultStatus } from './schema.ts';
import { loadVault, saveVault } from './key-store.ts';
import { unlockedVaultKeyItem } from './storage-items.ts';
import { PBKDF2_ITERATIONS, decryptJson, deriveVaultKey, encryptJson, exportVaultKey, fromBase64, importVaultKey, randomBytes, toBase64 } from './vault-crypto.ts';

type Keys = Record<string, string>;

const MIN_PASSPHRASE = 8;

async function readVault() {
  const parsed = KeyVaultSchema.safeParse(await loadVault());
  // A damaged vault must not be silently replaced: that would lose every key without a word.
  if (!parsed.success) throw new SettingsError('invalid', 'The stored API keys are damaged. Remove and re-add the provider configurations.', { cause: parsed.error });
  return parsed.data;
}

async function sessionKey(): Promise<CryptoKey | undefined> {
  const raw = await unlockedVaultKeyItem.getValue();
  return raw ? importVaultKey(raw) : undefined;
}

async function decryptWith(key: CryptoKey, vault: LockedVault): Promise<Keys> {
  return (await decryptJson(key, vault.iv, vault.ciphertext)) as Keys;
}

/** Whether a passphrase is set and whether keys can be read right now. */
export async function vaultStatus(): Promise<VaultStatus> {
  const vault = await readVault();
  if (vault.mode === 'plain') return { hasPassphrase: false, unlocked: true };
  return { hasPassphrase: true, unlocked: (await unlockedVaultKeyItem.getValue()) !== null };
}

/** All stored keys by profile id. Throws `locked` while a passphrase is set and not entered. */
export async function readKeys(): Promise<Keys> {
  const vault = await readVault();
  if (vault.mode === 'plain') return { ...vault.keys };
  const key = await sessionKey();
  if (!key) throw new SettingsError('locked', 'The API keys are locked. Enter the passphrase to unlock them.');
  return decryptWith(key, vault);
}

/** Replaces all stored keys, encrypting them if a passphrase is set (it must be unlocked). */
export async function writeKeys(keys: Keys): Promise<void> {
  const vault = await readVault();
  if (vault.mode === 'plain') return saveVault({ mode: 'plain', keys });
  const key = await sessionKey();
  if (!key) throw new SettingsError('locked', 'The API keys are locked. Enter the passphrase to unlock them.');
  await saveVault({ ...vault, ...(await encryptJson(key, keys)) });
}

/** Sets or changes the passphrase: keys are re-encrypted under a key derived with a new salt. */
export async function setPassphrase(passphrase: string): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE) throw new SettingsError('weak-passphrase', `Use a passphrase of at least ${MIN_PASSPHRASE} characters.`);
  const keys = await readKeys();
  const salt = randomBytes(16);
  const key = await deriveVaultKey(passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = await encryptJson(key, keys);
  await saveVault({ mode: 'locked', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) }, ...sealed });
  await unlockedVaultKeyItem.setValue(await exportVaultKey(key));
}

/** Unlocks the keys for this browser session. Throws `wrong-passphrase` when it does not fit. */
export async function unlockVault(passphrase: string): Promise<void> {
  const vault = await readVault();
  if (vault.mode === 'plain') return;
  const key = await deriveVaultKey(passphrase, fromBase64(vault.kdf.salt), vault.kdf.iterations);
  try {
    await decryptWith(key, vault);
  } catch (cause) {
    throw new SettingsError('wrong-passphrase', 'That passphrase does not unlock the keys.', { cause });
  }
  await unlockedVaultKeyItem.setValue(await exportVaultKey(key));
}

/** Forgets the unlocked key; the keys stay encrypted until the passphrase is entered again. */
export async function lockVault(): Promise<void> {
  await unlockedVaultKeyItem.removeValue();
}

/** Removes the passphrase (after checking it) and stores the keys without encryption again. */
export async function removePassphrase(passphrase: string): Promise<void> {
  await unlockVault(passphrase);
  const keys = await readKeys();
  await saveVault({ mode: 'plain', keys });
  await unlockedVaultKeyItem.removeValue();
}
