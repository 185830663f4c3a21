import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// public/tex is built by `npm run build:tex` and committed; its lock file lists every file.
const DIR = join(import.meta.dirname, '../../../public/tex');

interface Lock {
  debian: { suite: string; sources: { package: string; version: string }[]; packages: { package: string; version: string }[] };
  files: { path: string; size: number; sha256: string }[];
}

function walk(rel = ''): string[] {
  return readdirSync(join(DIR, rel)).flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    return statSync(join(DIR, path)).isDirectory() ? walk(path) : [path];
  });
}

describe('public/tex matches tex.lock.json', () => {
  const lock = JSON.parse(readFileSync(join(DIR, 'tex.lock.json'), 'utf8')) as Lock;

  it('lists exactly the committed files', () => {
    expect(lock.files.map((f) => f.path).sort()).toEqual(walk().filter((p) => p !== 'tex.lock.json').sort());
  });

  it('has the size and SHA-256 of every file', () => {
    for (const f of lock.files) {
      const bytes = readFileSync(join(DIR, f.path));
      expect({ path: f.path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual(f);
    }
  });

  it('names the pinned Debian trixie packages it was built from', () => {
    expect(lock.debian.suite).toBe('trixie');
    expect(lock.debian.sources.map((s) => s.package)).toContain('texlive-bin');
    expect(lock.debian.packages.map((p) => p.package)).toEqual(expect.arrayContaining(['texlive-latex-base', 'cm-super', 'lmodern']));
  });
});
