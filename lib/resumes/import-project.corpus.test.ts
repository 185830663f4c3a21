import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../tests/fixtures/corpus-root';
import { importResumeProject, type IncomingFile } from './import-project';

const CORPUS = corpusPath('resumes');

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
