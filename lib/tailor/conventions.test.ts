import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'lib/tailor';
function walk(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}
const files = walk(ROOT);
const platformAgnostic = files.filter((f) => !f.endsWith('.test.ts') && !f.includes('/node/') && !f.includes('/testing/'));

describe('lib/tailor conventions', () => {
  it('runs in a service worker: no Node-only imports outside lib/tailor/node and lib/tailor/testing', () => {
    for (const f of platformAgnostic) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(|process\.|pdfjs-dist\/legacy|tests\/fakes/);
    }
  });

  it('imports point down: no entrypoints, components, runs, or sibling-floor domains', () => {
    for (const f of files.filter((x) => !x.endsWith('.test.ts'))) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"]@\/(entrypoints|components|lib\/runs|lib\/db|lib\/messaging|lib\/jobs)/);
    }
  });

  it('files stay small (≤ 250 lines) and exported functions have JSDoc', () => {
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src.split('\n').length, f).toBeLessThanOrEqual(250);
      if (f.endsWith('.test.ts')) continue;
      const lines = src.split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?function /.test(line)) return;
        const above = lines.slice(Math.max(0, i - 12), i).join('\n');
        expect(above, `${f}:${i + 1} ${line}`).toMatch(/\*\/\s*$/);
      });
    }
  });
});
