import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResumeProject, isMainTexSource, normaliseProjectPath, RESUME_LIMITS, type IncomingFile } from './import-project';

const CORPUS = resolve(process.env.BESPOKE_CORPUS ?? '../shared/corpus', 'resumes');
const utf8 = (s: string) => new TextEncoder().encode(s);

function folder(dir: string, prefix: string): IncomingFile[] {
  const out: IncomingFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: `${prefix}/${relative(dir, full)}`, bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(dir);
  return out;
}

describe('importResumeProject on the corpus', () => {
  it.each([
    ['jake-resume', 'resume.tex'],
    ['sb2nov-resume', 'sourabh_bajaj_resume.tex'],
    ['altacv-sample', 'sample.tex'],
    ['awesome-cv', 'examples/resume.tex'],
    ['moderncv-v2.5.1', 'template.tex'],
  ])('finds the main file of %s as a folder upload', (name, main) => {
    const project = importResumeProject(folder(join(CORPUS, name), name));
    expect(project.mainFile).toBe(main);
    const mainFile = project.files.find((f) => f.path === main)!;
    expect(typeof mainFile.content).toBe('string');
  });

  it('keeps images as bytes and TeX sources as text', () => {
    const project = importResumeProject(folder(join(CORPUS, 'altacv-sample'), 'altacv'));
    expect(project.files.find((f) => f.path === 'Globe_High.png')!.content).toBeInstanceOf(Uint8Array);
    expect(typeof project.files.find((f) => f.path === 'altacv.cls')!.content).toBe('string');
  });
});

describe('importResumeProject refuses bad input with a reason', () => {
  const doc = utf8('\\documentclass{article}\\begin{document}Hi\\end{document}');

  it('refuses a project with no complete document', () => {
    expect(() => importResumeProject([{ path: 'part.tex', bytes: utf8('\\section{Work}') }])).toThrow(/main \.tex/);
  });

  it('does not take a commented-out documentclass for a document', () => {
    expect(isMainTexSource('% \\documentclass{article}\n\\begin{document}')).toBe(false);
  });

  it('refuses binary content in a .tex file', () => {
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: new Uint8Array([0x25, 0, 1, 2]) }])).toThrow(/binary/);
  });

  it('refuses non-UTF-8 text', () => {
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: new Uint8Array([0x5c, 0xe9, 0x74]) }])).toThrow(/UTF-8/);
  });

  it('refuses huge files', () => {
    const big = new Uint8Array(RESUME_LIMITS.maxFileBytes + 1);
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: doc }, { path: 'photo.png', bytes: big }])).toThrow(/refused/);
  });

  it('refuses paths that escape the project', () => {
    expect(() => normaliseProjectPath('../etc/passwd')).toThrow(/not a path inside/);
    expect(() => normaliseProjectPath('/etc/passwd')).toThrow(/not a path inside/);
  });
});
