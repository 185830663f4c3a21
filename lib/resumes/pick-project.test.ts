import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importResumeProject, RESUME_LIMITS } from './import-project';
import { readWithinLimits, type PendingFile } from './pick-project';
import { readPickedFiles } from './unzip-project';

const doc = '\\documentclass{article}\\usepackage{graphicx}\n\\begin{document}\\includegraphics{photo}\\end{document}\n';
const MB = 1048576;

/** A pending file of `size` bytes that counts how often it is read. */
function pending(path: string, size: number, reads: Map<string, number>, text?: string): PendingFile {
  return {
    path,
    bytes: size,
    read: () => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return text === undefined ? new Uint8Array(size) : strToU8(text);
    },
  };
}

describe('readWithinLimits', () => {
  it('reads a pick within the limits whole, each file once, leaving nothing out', async () => {
    const reads = new Map<string, number>();
    const pick = await readWithinLimits([pending('cv/main.tex', doc.length, reads, doc), pending('cv/notes.pdf', 1000, reads)]);
    expect(pick.files.map((f) => f.path)).toEqual(['cv/main.tex', 'cv/notes.pdf']);
    expect(pick.leftOut).toBeNull();
    expect([...reads.values()]).toEqual([1, 1]);
  });

  it('keeps from an oversized folder what TeX can read, and never reads the rest', async () => {
    const reads = new Map<string, number>();
    const slides = Array.from({ length: 20 }, (_, i) => pending(`site/courses/lec${i}.pdf`, 4 * MB, reads));
    const pick = await readWithinLimits([pending('site/cv.tex', doc.length, reads, doc), pending('site/photo.png', 50_000, reads), ...slides]);
    expect(pick.files.map((f) => f.path)).toEqual(['site/cv.tex', 'site/photo.png']);
    expect(pick.leftOut).toMatch(/^Left out 20 files \(80\.0 MB\) that no TeX file of the folder names: courses\/lec0\.pdf, courses\/lec1\.pdf, courses\/lec2\.pdf and 17 more\./);
    expect(slides.some((s) => reads.has(s.path))).toBe(false);
    expect(importResumeProject(pick.files).mainFile).toBe('cv.tex');
  });

  it('refuses, before reading it, a named file over the per-file limit', async () => {
    const reads = new Map<string, number>();
    const big = pending('photo.png', RESUME_LIMITS.maxFileBytes + 1, reads);
    await expect(readWithinLimits([pending('cv.tex', doc.length, reads, doc), big])).rejects.toThrow(/"photo\.png" is 10\.0 MB; files over 10 MB are refused/);
    expect(reads.has('photo.png')).toBe(false);
  });

  it('refuses too many TeX files, saying how many it left out', async () => {
    const reads = new Map<string, number>();
    const many = Array.from({ length: RESUME_LIMITS.maxFiles + 1 }, (_, i) => pending(`part${i}.tex`, 10, reads, 'x'));
    await expect(readWithinLimits([...many, pending('video.mp4', 1000, reads)])).rejects.toThrow(
      new RegExp(`^${RESUME_LIMITS.maxFiles + 1} files is more than a resume needs \\(limit ${RESUME_LIMITS.maxFiles}, even without the 1 no TeX file names\\)`),
    );
    expect(reads.size).toBe(0);
  });
});

describe('readPickedFiles with a GitHub "Download ZIP" of a website', () => {
  it('inflates only the TeX files and what they name', async () => {
    const entries: Record<string, Uint8Array> = { 'site-main/cv.tex': strToU8(doc), 'site-main/photo.png': new Uint8Array([0x89, 0x50]) };
    // Zeros compress ~1000:1: the archive is small, the declared sizes are what count.
    for (let i = 0; i < 12; i++) entries[`site-main/videos/talk${i}.mp4`] = new Uint8Array(4 * MB);
    const zip = zipSync(entries, { level: 9 });
    const pick = await readPickedFiles([{ name: 'site-main.zip', path: 'site-main.zip', size: zip.length, read: () => zip }]);
    expect(pick.files.map((f) => f.path)).toEqual(['site-main/cv.tex', 'site-main/photo.png']);
    expect(pick.leftOut).toMatch(/^Left out 12 files \(48\.0 MB\)/);
  });
});
