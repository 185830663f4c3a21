#!/usr/bin/env node
// The `bespoke` command: runs the same lib/ code as the extension, in Node, from a bundle that
// `npm ci` builds (scripts/cli/build.mjs). Plain JavaScript so start-up costs milliseconds:
// it checks the bundle against its sources and rebuilds it first when one has changed.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, '.cache');

/** The current build's folder, or null when there is none or a source changed since. */
function freshBuild() {
  let pointer;
  try {
    pointer = JSON.parse(readFileSync(join(CACHE, 'bespoke-cli.json'), 'utf8'));
  } catch {
    return null; // never built (or the pointer is damaged): build now
  }
  for (const [file, [mtimeMs, size]] of Object.entries(pointer.inputs)) {
    try {
      const s = statSync(join(ROOT, file));
      if (s.mtimeMs !== mtimeMs || s.size !== size) return null;
    } catch {
      return null; // a source was removed or renamed
    }
  }
  return join(CACHE, pointer.dir);
}

const dir = freshBuild() ?? (await (await import('./build.mjs')).buildCli());
const { main } = await import(pathToFileURL(join(dir, 'main.mjs')).href);
const code = await main(process.argv.slice(2));
// Exit explicitly: the TeX engine's worker thread and pdf.js keep handles open after the
// command's work is done, and a CLI must not linger (stdout/stderr are synchronous here).
process.exit(code);
