import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importResumeProject, RESUME_LIMITS } from './import-project';
import { expandZips, isZipFile, unzipProject } from './unzip-project';

const doc = '\\documentclass{article}\n\\begin{document}Hi\\end{document}\n';

describe('unzipProject', () => {
  it('expands an Overleaf-style zip (one top folder) into a project with its main file found', () => {
    const zip = zipSync({
      'cv/main.tex': strToU8(doc),
      'cv/sections/work.tex': strToU8('\\section{Work}'),
      'cv/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      '__MACOSX/cv/._main.tex': new Uint8Array([0, 5, 22, 7]),
      'cv/.DS_Store': new Uint8Array([0, 0, 0, 1]),
    });
    const files = unzipProject('cv.zip', zip);
    expect(files.map((f) => f.path).sort()).toEqual(['cv/main.tex', 'cv/photo.png', 'cv/sections/work.tex']);
    const project = importResumeProject(files);
    expect(project.mainFile).toBe('main.tex');
    expect(project.files.map((f) => f.path).sort()).toEqual(['main.tex', 'photo.png', 'sections/work.tex']);
    expect(project.files.find((f) => f.path === 'photo.png')?.content).toBeInstanceOf(Uint8Array);
  });

  it('refuses an entry that would land outside the project, naming it', () => {
    const zip = zipSync({ 'main.tex': strToU8(doc), '../evil.sty': strToU8('x') });
    expect(() => importResumeProject(unzipProject('p.zip', zip))).toThrow(/"\.\.\/evil\.sty" is not a path inside/);
  });

  it('refuses what is not a zip with the file name and a reason', () => {
    expect(() => unzipProject('resume.zip', strToU8('not a zip at all'))).toThrow(/"resume\.zip" is not a zip archive/);
  });

  it('refuses too many files before inflating them', () => {
    const many = Object.fromEntries(Array.from({ length: RESUME_LIMITS.maxFiles + 1 }, (_, i) => [`f${i}.tex`, strToU8('x')]));
    expect(() => unzipProject('big.zip', zipSync(many))).toThrow(new RegExp(`holds ${RESUME_LIMITS.maxFiles + 1} files`));
  });

  it('refuses an entry bigger than the per-file limit (a zip bomb inflates nothing)', () => {
    // Zeros compress ~1000:1, so the archive is small and the declared size is what trips.
    const zip = zipSync({ 'main.tex': strToU8(doc), 'bomb.bin': new Uint8Array(RESUME_LIMITS.maxFileBytes + 1) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => unzipProject('bomb.zip', zip)).toThrow(/"bomb\.bin" in bomb\.zip is over 10 MB/);
  });

  it('says an empty archive is empty', () => {
    expect(() => unzipProject('empty.zip', zipSync({ 'cv/': new Uint8Array() }))).toThrow(/empty/);
  });
});

describe('expandZips', () => {
  it('expands zips among picked files and keeps the others as they are', () => {
    const zip = zipSync({ 'resume.tex': strToU8(doc) });
    const out = expandZips([
      { name: 'project.zip', path: 'project.zip', bytes: zip },
      { name: 'photo.jpg', path: 'photo.jpg', bytes: new Uint8Array([1, 2]) },
    ]);
    expect(out.map((f) => f.path)).toEqual(['resume.tex', 'photo.jpg']);
    expect(isZipFile('CV.ZIP')).toBe(true);
    expect(isZipFile('resume.docx')).toBe(false);
  });
});
