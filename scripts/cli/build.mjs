#!/usr/bin/env node
// Builds the `bespoke` CLI into one ES-module bundle with a chunk per command, so a run loads
// plain JavaScript (no TypeScript compiled on the fly) and only the command it needs.
// Run by `npm ci` (the `prepare` script) and by the launcher whenever a source has changed.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where builds go. Two levels below the root, like lib/tex/: the engine finds `../../public/tex`
 *  and its worker (`./node-worker-boot.mjs`) relative to its own module, bundled or not. */
export const CACHE = join(ROOT, '.cache');
/** Names the current build folder and the inputs it was made from (path → [mtimeMs, size]). */
export const POINTER = join(CACHE, 'bespoke-cli.json');

/** Resolves the project's `@/…` imports (tsconfig paths) to files, as tsx and WXT do. */
const projectAlias = {
  name: 'project-alias',
  setup(build) {
    build.onResolve({ filter: /^@\// }, (args) => build.resolve('./' + args.path.slice(2), { resolveDir: ROOT, kind: args.kind }));
  },
};

/** Builds into a fresh folder, then points the launcher at it; returns the folder. */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const dir = `cli-${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(CACHE, dir);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'scripts/cli/main.ts', 'node-worker-boot': 'lib/tex/node-worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies load from node_modules as they are: bundling them would gain little and
    // break packages that find their own files (pdf.js's worker, the SDKs' shims).
    packages: 'external',
    plugins: [projectAlias],
    metafile: true,
    logLevel: 'error',
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), 'scripts/cli/build.mjs', 'scripts/cli/bespoke.mjs', 'package.json']) {
    const s = statSync(join(ROOT, file));
    inputs[file] = [s.mtimeMs, s.size];
  }
  // Written whole, then renamed: a launcher running at the same moment reads the old or the new.
  const tmp = `${POINTER}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ dir, inputs }));
  renameSync(tmp, POINTER);
  pruneOldBuilds(dir);
  return outdir;
}

/** Removes builds other than `keep` once they are old enough that no run can still be loading them. */
function pruneOldBuilds(keep) {
  const hour = 60 * 60 * 1000;
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith('cli-') || name === keep) continue;
    const full = join(CACHE, name);
    if (Date.now() - statSync(full).mtimeMs > hour) rmSync(full, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = await buildCli();
  process.stdout.write(`bespoke CLI built in ${relative(ROOT, outdir)}\n`);
}
