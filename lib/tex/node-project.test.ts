import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROJECT_FILES, readProjectFolder } from './node-project';

const dir = mkdtempSync(join(tmpdir(), 'bespoke-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readProjectFolder', () => {
  it('reads a small folder whole, hidden files and node_modules left out', () => {
    const small = join(dir, 'small');
    mkdirSync(join(small, '.git'), { recursive: true });
    writeFileSync(join(small, '.git', 'HEAD'), 'ref');
    mkdirSync(join(small, 'node_modules', 'pdf-lib'), { recursive: true });
    writeFileSync(join(small, 'node_modules', 'pdf-lib', 'index.js.map'), '{}');
    writeFileSync(join(small, 'cv.tex'), '\\documentclass{article}');
    writeFileSync(join(small, 'notes.pdf'), 'x');
    const folder = readProjectFolder(small);
    expect(Object.keys(folder.files).sort()).toEqual(['cv.tex', 'notes.pdf']);
    expect(folder.leftOut).toBeNull();
  });

  it('keeps only TeX files and what they name from a folder with more files than a compile takes', () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'posts'), { recursive: true });
    mkdirSync(join(site, 'img'));
    writeFileSync(join(site, 'cv.tex'), '\\documentclass{article}\\usepackage{graphicx}\\begin{document}\\includegraphics{img/me}\\end{document}');
    writeFileSync(join(site, 'img', 'me.png'), 'png');
    for (let i = 0; i < MAX_PROJECT_FILES; i++) writeFileSync(join(site, 'posts', `post-${i}.html`), '<p>');
    const folder = readProjectFolder(site);
    expect(Object.keys(folder.files).sort()).toEqual(['cv.tex', 'img/me.png']);
    expect(new TextDecoder().decode(folder.files['img/me.png'] as Uint8Array)).toBe('png');
    expect(folder.leftOut).toMatch(new RegExp(`^Left out ${MAX_PROJECT_FILES} files \\(0\\.0 MB\\)`));
  });
});
