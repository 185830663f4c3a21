/** Runs the real `bespoke compile` command in a child process, as a user would. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORPUS_RESUMES } from '../../../tests/fixtures/tex/corpus-resumes.ts';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../bespoke.mjs');
const run = promisify(execFile);

async function bespoke(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('bespoke compile', () => {
  it('compiles a project folder (class file and photo beside the main file) to the --out PDF', async () => {
    const resume = CORPUS_RESUMES.find((r) => r.name === 'twenty-seconds-cv')!;
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    cpSync(resume.dir, dir, { recursive: true });
    const out = join(dir, 'out', 'cv.pdf');
    const { code, stdout } = await bespoke('compile', join(dir, resume.mainFile), '--out', out);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ ok: true, out, pages: 1, errors: [], missingFiles: [] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exits 1 with the parsed errors and the missing file names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    writeFileSync(join(dir, 'cv.tex'), '\\documentclass{moderncv}\n\\begin{document}x\\end{document}\n');
    const { code, stdout } = await bespoke('compile', join(dir, 'cv.tex'));
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.ok).toBe(false);
    expect(summary.missingFiles).toEqual(['moderncv.cls']);
    expect(summary.errors[0].message).toContain("File `moderncv.cls' not found");
    expect(existsSync(join(dir, 'cv.pdf'))).toBe(false);
  }, 60_000);

  it('rejects a main file that is not .tex', async () => {
    const { code, stderr } = await bespoke('compile', 'resume.pdf');
    expect(code).toBe(2);
    expect(stderr).toContain('the main file must be a .tex file');
  });
});
