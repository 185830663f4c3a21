/** Runs the real `bespoke keywords` command in a child process, as a user would. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';

describe('bespoke keywords', () => {
  it('prints each keyword with offsets into the text file as given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-keywords-'));
    const text = 'Requirements\r\n• 🚀 5+ years of Python\r\n• PostgreSQL is a plus\r\n';
    const file = join(dir, 'posting.txt');
    writeFileSync(file, text);
    const r = await bespoke('keywords', file, '--lang', 'en');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { language: string; keywords: { term: string; qualifiers: object; occurrences: { start: number; end: number }[] }[] };
    expect(out.language).toBe('en');
    const chars = Array.from(text);
    const python = out.keywords.find((k) => k.term === 'Python')!;
    expect(python.qualifiers).toEqual({ years: 5, need: 'required' });
    const o = python.occurrences[0];
    expect(chars.slice(o.start, o.end).join('')).toBe('Python');
    expect(out.keywords.find((k) => k.term === 'PostgreSQL')?.qualifiers).toEqual({ need: 'preferred' });
  }, 60_000);

  it('refuses bad arguments with usage errors', async () => {
    expect((await bespoke('keywords')).code).toBe(2);
    expect((await bespoke('keywords', 'x.txt', '--lang', 'xx')).stderr).toMatch(/--lang must be one of/);
  }, 60_000);
});
