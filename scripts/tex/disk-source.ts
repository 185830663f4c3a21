import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TexFileSource } from '../../lib/tex/bundle';

/** Folders of a texmf tree that TeX never reads (documentation, sources, scripts). */
const SKIP_TOP = new Set(['doc', 'source', 'scripts', 'ls-R', 'ls-R.gz']);

function walk(root: string, rel: string, out: Map<string, string>): void {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (!rel && SKIP_TOP.has(entry.name)) continue;
    if (entry.isDirectory()) walk(root, path, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && !out.has(path)) out.set(path, join(root, path));
  }
}

/**
 * A TeX file source over texmf trees on disk, merged in order (the first root wins for a
 * path, as TEXMF search order would). Used by the build to dump the format and record files:
 * `reads` collects every path the engine opened or stat'ed.
 */
export function createDiskSource(roots: string[]): TexFileSource & { absolute(path: string): string; reads: Set<string> } {
  const files = new Map<string, string>();
  for (const root of roots) walk(root, '', files);
  // Relative symlinks inside the tree (Debian links fonts into /usr/share/fonts) must resolve.
  for (const [path, abs] of files) if (!existsSync(abs)) files.delete(path);
  const reads = new Set<string>();
  return {
    reads,
    *list() {
      for (const [path, abs] of files) yield [path, statSync(abs).size];
    },
    read(path) {
      reads.add(path);
      return readFileSync(files.get(path)!);
    },
    absolute: (path) => files.get(path)!,
  };
}
