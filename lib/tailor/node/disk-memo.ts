/** Node-only: the pipeline's memo (see ../pipeline/memo.ts) as files in a cache folder. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { StageMemo } from '../pipeline/memo';

/** `$XDG_CACHE_HOME/bespoke/memo`, else `~/.cache/bespoke/memo`. */
export function defaultMemoDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'bespoke', 'memo');
}

// JSON with byte arrays kept as base64: a compiled master is a PDF plus its text.
const replacer = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v);
const reviver = (_k: string, v: unknown) =>
  v && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string' ? new Uint8Array(Buffer.from((v as { $bytes: string }).$bytes, 'base64')) : v;

/**
 * A memo stored as one JSON file per key (named by the key's hash). `scope` is part of every
 * key (e.g. the TeX engine's lock hash), so a new engine never reuses an old one's output.
 */
export function createDiskMemo(dir = defaultMemoDir(), scope = ''): StageMemo {
  const file = (key: string) => join(dir, `${createHash('sha256').update(`${scope}:${key}`).digest('hex')}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(readFileSync(file(key), 'utf8'), reviver) as unknown;
      } catch {
        return undefined; // not remembered (or unreadable): compute it again
      }
    },
    async set(key, value) {
      mkdirSync(dir, { recursive: true });
      // Written whole, then renamed: a concurrent reader sees the old file or the new one.
      const tmp = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value, replacer));
      renameSync(tmp, file(key));
    },
  };
}
