import type { TexProject } from '../segment/types';

const enc = new TextEncoder();

/** SHA-256 of bytes as hex, with WebCrypto (Node 20 and the service worker both have it). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hash of a whole project: every path and its bytes, in path order. */
export async function hashProject(project: TexProject): Promise<string> {
  const parts: string[] = [`main:${project.mainFile}`];
  for (const path of Object.keys(project.files).sort()) {
    const c = project.files[path];
    parts.push(`${path}:${await sha256Hex(typeof c === 'string' ? enc.encode(c) : c)}`);
  }
  return sha256Hex(parts.join('\n'));
}

/** JSON with sorted keys, so equal settings always hash the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
