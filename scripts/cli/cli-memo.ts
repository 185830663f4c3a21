/** What the CLI remembers on disk between runs (see lib/tailor/node/disk-memo.ts). */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createDiskMemo, defaultMemoDir } from '../../lib/tailor/node/disk-memo.ts';
import { DEFAULT_ASSETS_DIR } from '../../lib/tex/node-assets.ts';
import type { StageMemo } from '../../lib/tailor/index.ts';

/**
 * The compiled master, posting analyses and auxiliary files, remembered on disk between runs.
 * Keyed by the engine and the TeX lock file, so a rebuilt engine or the pdflatex fallback never
 * reuse another's output.
 */
export function cliMemo(engineName: string): StageMemo {
  let lock = 'no-lock';
  try {
    lock = createHash('sha256').update(readFileSync(join(DEFAULT_ASSETS_DIR, 'tex.lock.json'))).digest('hex').slice(0, 16);
  } catch {
    // No lock file (a partial checkout): the engine name alone scopes the memo.
  }
  return createDiskMemo(defaultMemoDir(), `${engineName}:${lock}`);
}
