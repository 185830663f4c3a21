import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importResumeProject, RESUME_LIMITS } from './import-project';
import { isZipFile, readPickedFiles, zipEntries } from './unzip-project';

/** The whole archive read within the import limits, as the panel reads a dropped zip. */
async function unzipProject(name: string, zip: Uint8Array) {
  return (await readPickedFiles([{ name, path: name, size: zip.length, read: () => zip }])).files;
}

const doc = '\\documentclass{article}\n\\begin{document}Hi\\end{document}\n';

describe('unzipProject', () => {
  it('expands an Overleaf-style zip (one top folder) into a project with its main file found', async () => {
    const zip = zipSync({
      'cv/main.tex': strToU8(doc),
      'cv/sections/work.tex': strToU8('\\section{Work}'),
      'cv/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      '__MACOSX/cv/._main.tex': new Uint8Array([0, 5, 22, 7]),
      'cv/.DS_Store': new Uint8Array([0, 0, 0, 1]),
    });
    const files = await unzipProject('cv.zip', zip);
    expect(files.map((f) => f.path).sort()).toEqual(['cv/main.tex', 'cv/photo.png', 'cv/sections/work.tex']);
    const project = importResumeProject(files);
    expect(project.mainFile).toBe('main.tex');
    expect(project.files.map((f) => f.path).sort()).toEqual(['main.tex', 'photo.png', 'sections/work.tex']);
    expect(project.files.find((f) => f.path === 'photo.png')?.content).toBeInstanceOf(Uint8Array);
  });

  it('refuses an entry that would land outside the project, naming it', async () => {
    const zip = zipSync({ 'main.tex': strToU8(doc), '../evil.sty': strToU8('x') });
    const files = await unzipProject('p.zip', zip);
    expect(() => importResumeProject(files)).toThrow(/"\.\.\/evil\.sty" is not a path inside/);
  });

  it('refuses what is not a zip with the file name and a reason', () => {
    expect(() => zipEntries('resume.zip', strToU8('not a zip at all'))).toThrow(/"resume\.zip" is not a zip archive/);
  });

  it('refuses too many TeX files before inflating them', async () => {
    const many = Object.fromEntries(Array.from({ length: RESUME_LIMITS.maxFiles + 1 }, (_, i) => [`f${i}.tex`, strToU8('x')]));
    await expect(unzipProject('big.zip', zipSync(many))).rejects.toThrow(new RegExp(`^${RESUME_LIMITS.maxFiles + 1} files is more than a resume needs`));
  });

  it('refuses a named entry bigger than the per-file limit (a zip bomb inflates nothing)', async () => {
    // Zeros compress ~1000:1, so the archive is small and the declared size is what trips.
    const zip = zipSync({ 'main.tex': strToU8(`${doc}\\input{bomb.bin}`), 'bomb.bin': new Uint8Array(RESUME_LIMITS.maxFileBytes + 1) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    await expect(unzipProject('bomb.zip', zip)).rejects.toThrow(/"bomb\.bin" is 10\.0 MB; files over 10 MB are refused/);
  });

  it('refuses an entry whose inflated size is not the one the archive declares', () => {
    const zip = zipSync({ 'main.tex': strToU8(doc) }, { level: 0 });
    // The central directory's uncompressed size (offset 24 of its entry) is made to lie.
    const central = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
    zip[central + 24] += 1;
    const [entry] = zipEntries('lying.zip', zip);
    expect(() => entry.read()).toThrow(/"main\.tex" in lying\.zip is not the size the archive declares/);
  });

  it('says an empty archive is empty', () => {
    expect(() => zipEntries('empty.zip', zipSync({ 'cv/': new Uint8Array() }))).toThrow(/empty/);
  });
});

describe('readPickedFiles', () => {
  it('expands zips among picked files and keeps the others as they are', async () => {
    const zip = zipSync({ 'resume.tex': strToU8(doc) });
    const photo = new Uint8Array([1, 2]);
    const { files: out } = await readPickedFiles([
      { name: 'project.zip', path: 'project.zip', size: zip.length, read: () => zip },
      { name: 'photo.jpg', path: 'photo.jpg', size: photo.length, read: () => photo },
    ]);
    expect(out.map((f) => f.path)).toEqual(['resume.tex', 'photo.jpg']);
    expect(isZipFile('CV.ZIP')).toBe(true);
    expect(isZipFile('resume.docx')).toBe(false);
  });
});
