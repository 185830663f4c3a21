import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's own conventions, checked (see STYLE.md): imports point down the layers only,
 * entrypoints only wire, files stay small.
 */
const LAYERS: Record<string, number> = {
  db: 1, messaging: 1, llm: 1, tex: 1,
  settings: 2, jobs: 2, tailor: 2, resumes: 2, 'tex-packages': 2,
  capture: 3, runs: 3, backup: 3, 'pdf-check': 3,
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

/** Every module a file imports (type-only too: a type circle still knots two files together), resolved to a path. */
function importedFiles(source: string, file: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^import|^export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gms)) {
    const spec = m[1] ?? m[2];
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(file, '..', spec) : null;
    if (!base) continue;
    const stem = base.replace(/\.(ts|tsx|js|mjs)$/, '');
    const hit = [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts'), join(stem, 'index.tsx')].find((c) => existsSync(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** The import circles among `files`, each as the list of files around it (depth-first search). */
function importCycles(files: string[]): string[][] {
  const edges = new Map(files.map((f) => [f, importedFiles(readFileSync(f, 'utf8'), f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const dep of edges.get(f) ?? []) {
      if (!edges.has(dep)) continue;
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

/** Test files that read the external corpus must say so in their name (configs skip them without it). */
const CORPUS_USE = /\b(corpusPath|corpusJobsDir|CORPUS|CORPUS_RESUMES|CORPUS_URLS|readJobManifest|serveCorpusPageAt)\b/;

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

  it('lib/ has no import cycles between files', () => {
    expect(importCycles(libFiles).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the cycle check finds a circle when there is one', () => {
    // A throwaway pair of files proves the detector is not vacuous.
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-cycle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
      writeFileSync(join(dir, 'b.ts'), "import { x } from './a';\nexport type B = 1;\n");
      expect(importCycles([join(dir, 'a.ts'), join(dir, 'b.ts')])).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('suites that need the external corpus are named *.corpus.test.ts / *.corpus.spec.ts', () => {
    const tests = [...walk('lib'), ...walk('scripts'), ...walk('tests/unit'), ...walk('tests/e2e'), ...walk('components')]
      .filter((f) => /\.(test|spec)\.tsx?$/.test(f) && !/\.corpus\.(test|spec)\.ts$/.test(f) && !f.endsWith('house.test.ts'));
    expect(tests.filter((f) => CORPUS_USE.test(readFileSync(f, 'utf8')))).toEqual([]);
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
