/**
 * Passphrase protection of the API keys with WebCrypto only (same code in the service worker,
 * extension pages and Node): PBKDF2-SHA-256 → AES-GCM-256, a fresh salt per passphrase and a
 * fresh 96-bit IV per encryption.
 */

/** OWASP's 2023 floor for PBKDF2-SHA-256 is 600,000; the minimum is 310,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 310_000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Derives the AES-GCM key. It is extractable only so that its raw bytes can sit in
 * `storage.session` while unlocked (the worker may be restarted at any time).
 */
export async function deriveVaultKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  if (iterations < MIN_PBKDF2_ITERATIONS) throw new RangeError(`PBKDF2 needs at least ${MIN_PBKDF2_ITERATIONS} iterations.`);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

export async function exportVaultKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importVaultKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
}

export async function encryptJson(key: CryptoKey, value: unknown): Promise<{ iv: string; ciphertext: string }> {
  const iv = randomBytes(12);
  const data = new TextEncoder().encode(JSON.stringify(value));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(sealed)) };
}

/** Decrypts and parses; rejects (OperationError) when the key is wrong or the data was altered. */
export async function decryptJson(key: CryptoKey, iv: string, ciphertext: string): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(ciphertext));
  return JSON.parse(new TextDecoder().decode(plain));
}
