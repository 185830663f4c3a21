/** Runs the real `bespoke compile` command in a child process, as a user would. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';

/** A 1×1 PNG: enough for \includegraphics to need a real image file beside the main file. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const CLASS = '\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{mycv}\n\\LoadClass{article}\n\\RequirePackage{graphicx}\n';
const MAIN = '\\documentclass{mycv}\n\\begin{document}\nJane Doe \\includegraphics[width=1cm]{photo.png}\n\\end{document}\n';

describe('bespoke compile', () => {
  it('compiles a project folder (class file and photo beside the main file) to the --out PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    writeFileSync(join(dir, 'mycv.cls'), CLASS);
    writeFileSync(join(dir, 'photo.png'), PIXEL);
    writeFileSync(join(dir, 'cv.tex'), MAIN);
    const out = join(dir, 'out', 'cv.pdf');
    const { code, stdout } = await bespoke('compile', join(dir, 'cv.tex'), '--out', out);
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
