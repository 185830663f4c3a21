/** Runs the real `bespoke compile` command in a child process, as a user would. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('starts from the last compile\'s auxiliary files, as pdflatex in its own folder; --clean starts without them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    const doc = (words: string) => `\\documentclass{article}\\begin{document}See page \\pageref{end}.\\newpage ${words}\\label{end}\\end{document}\n`;
    writeFileSync(join(dir, 'cv.tex'), doc('Body.'));
    const passes = async (...extra: string[]) => JSON.parse((await bespoke('compile', join(dir, 'cv.tex'), ...extra)).stdout).passes as number;
    expect(await passes()).toBe(2); // nothing carried yet: the reference needs a second pass
    writeFileSync(join(dir, 'cv.tex'), doc('Body, reworded.'));
    expect(await passes()).toBe(1); // the reference did not move
    expect(await passes('--clean')).toBe(2);
  }, 60_000);

  it('exits 1 with the parsed errors, the missing file names and the TeX Live package of each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    // elsarticle.cls is in TeX Live (package elsarticle, a publisher's class) but not in the offline bundle.
    writeFileSync(join(dir, 'cv.tex'), '\\documentclass{elsarticle}\n\\begin{document}x\\end{document}\n');
    const { code, stdout } = await bespoke('compile', join(dir, 'cv.tex'));
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.ok).toBe(false);
    expect(summary.missingFiles).toEqual(['elsarticle.cls']);
    expect(summary.missingPackages).toEqual([{ file: 'elsarticle.cls', package: 'elsarticle', size: expect.any(Number) }]);
    expect(summary.errors[0].message).toContain("File `elsarticle.cls' not found");
    expect(summary.errors.map((e: { message: string }) => e.message)).toContain(
      `\`elsarticle.cls\` is in TeX Live's \`elsarticle\` package (${Math.max(1, Math.round(summary.missingPackages[0].size / 1024))} KB to download).`,
    );
    expect(existsSync(join(dir, 'cv.pdf'))).toBe(false);
  }, 60_000);

  it('takes a folder, finds its main file, and lets it read sibling folders of the project root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bespoke-root-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'cv'));
    mkdirSync(join(root, 'g'));
    writeFileSync(join(root, 'cv', 'notes.tex'), 'Not a document.');
    writeFileSync(join(root, 'cv', 'resume.tex'), '\\documentclass{article}\\begin{document}Main. \\input{../g/chart}\\end{document}');
    writeFileSync(join(root, 'g', 'chart.tex'), 'Chart beside.');
    // A file: the project is the enclosing folder with a .git.
    const byFile = await bespoke('compile', join(root, 'cv', 'resume.tex'));
    expect(JSON.parse(byFile.stdout)).toMatchObject({ ok: true, out: join(root, 'cv', 'resume.pdf') });
    // A folder with --root: the main file is found in it.
    const byFolder = await bespoke('compile', join(root, 'cv'), '--root', root, '--out', join(root, 'out.pdf'));
    expect(byFolder.code).toBe(0);
    expect(JSON.parse(byFolder.stdout)).toMatchObject({ ok: true, pages: 1 });
    // Without the root, ../g is outside the project: the compile says what it missed.
    const cvOnly = await bespoke('compile', join(root, 'cv', 'resume.tex'), '--root', join(root, 'cv'));
    expect(cvOnly.code).toBe(1);
  }, 90_000);

  it('rejects a main file that is not .tex', async () => {
    const { code, stderr } = await bespoke('compile', 'resume.pdf');
    expect(code).toBe(2);
    expect(stderr).toContain('the main file must be a .tex file');
  });
});
