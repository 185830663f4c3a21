import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's own conventions, checked (see STYLE.md): imports point down the layers only,
 * entrypoints only wire, files stay small.
 */
const LAYERS: Record<string, number> = {
  db: 1, messaging: 1, llm: 1, tex: 1,
  settings: 2, jobs: 2, tailor: 2, resumes: 2, 'tex-packages': 2,
  capture: 3, runs: 3, backup: 3,
  background: 4,
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

/** `lib/<domain>` modules a file imports at run time (type-only imports carry no code). */
function runtimeLibImports(source: string, file: string): string[] {
  const domains: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)) {
    const spec = m[1];
    const target = spec.startsWith('@/lib/')
      ? spec.slice('@/lib/'.length)
      : spec.startsWith('.')
        ? relative('lib', join(file, '..', spec)).replace(/\\/g, '/')
        : null;
    if (target && !target.startsWith('..')) domains.push(target.split('/')[0]);
  }
  return domains;
}

describe('house conventions', () => {
  const libFiles = walk('lib').filter((f) => !/\.test\.tsx?$/.test(f));

  it('every lib/ domain has a layer', () => {
    const domains = new Set(libFiles.map((f) => relative('lib', f).split('/')[0]).filter((d) => !/\.tsx?$/.test(d)));
    expect([...domains].filter((d) => !(d in LAYERS))).toEqual([]);
  });

  it('lib/ imports point down the layers (or stay in their own domain)', () => {
    const violations: string[] = [];
    for (const file of libFiles) {
      const own = relative('lib', file).split('/')[0];
      for (const dep of runtimeLibImports(readFileSync(file, 'utf8'), file)) {
        if (dep !== own && (LAYERS[dep] ?? 99) >= (LAYERS[own] ?? 0)) violations.push(`${file} → lib/${dep}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('entrypoints only wire: small files, no loose helpers', () => {
    for (const entry of readdirSync('entrypoints')) {
      const dir = join('entrypoints', entry);
      expect(statSync(dir).isDirectory(), `${dir} should be a folder`).toBe(true);
      for (const file of walk(dir)) {
        const lines = readFileSync(file, 'utf8').split('\n').length;
        expect(lines, `${file} has ${lines} lines`).toBeLessThanOrEqual(40);
      }
    }
  });

  it('source files stay small enough to read', () => {
    const big = [...libFiles, ...walk('components'), ...walk('entrypoints')]
      .map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(big).toEqual([]);
  });
});
