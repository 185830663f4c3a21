// Writes public/tex/tex.lock.json: every shipped file (path, size, SHA-256) and the pinned
// Debian packages it was built from. tests check the committed files against it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, REPO } from './paths';

export const LOCK_NAME = 'tex.lock.json';

function walk(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).sort().flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? walk(dir, path) : [path];
  });
}

function pins(file: string): { package: string; version: string; file: string; sha256: string }[] {
  return readFileSync(join(REPO, 'scripts/tex', file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [pkg, version, name, sha256] = l.trim().split(/\s+/) as [string, string, string, string];
      return { package: pkg, version, file: name, sha256 };
    });
}

const files = walk(OUT).filter((p) => p !== LOCK_NAME).map((path) => {
  const bytes = readFileSync(join(OUT, path));
  return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
});
const lock = {
  description: 'pdfTeX (TeX Live 2024) compiled to WebAssembly, its LaTeX format and TeX file bundle. Built by `npm run build:tex`.',
  engine: { emscripten: process.env.EMCC_VERSION ?? 'unknown' },
  debian: { suite: 'trixie', sources: pins('sources.lock'), packages: pins('debs.lock') },
  files,
};
writeFileSync(join(OUT, LOCK_NAME), JSON.stringify(lock, null, 2) + '\n');
console.error(`[tex-build] ${LOCK_NAME}: ${files.length} files, ${(files.reduce((n, f) => n + f.size, 0) / 1048576).toFixed(1)} MB`);
