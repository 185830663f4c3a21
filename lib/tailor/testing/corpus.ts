/** Node-only test/eval helper: the corpus resumes this engine is measured on. */
import { isAbsolute, join } from 'node:path';
import { corpusPath, REPO_ROOT } from '../../../tests/fixtures/corpus-root';
import { loadProjectFromDisk } from '../node/project-from-disk';
import type { TexProject } from '../segment/types';

export interface CorpusResume {
  name: string;
  /** Main file: absolute for the copies kept in the repository, else relative to the corpus resumes folder. */
  main: string;
  /** Builds with pdfLaTeX (the engine Bespoke ships); the others are XeLaTeX-only. */
  pdflatex: boolean;
}

/**
 * Jake's resume (MIT) is kept in the repository too, so the suites that need one real resume
 * run on a fresh clone without the external corpus.
 */
export const JAKE: CorpusResume = { name: 'jake-resume', main: join(REPO_ROOT, 'tests/fixtures/tex/jake-resume/resume.tex'), pdflatex: true };

/** The whole list; every entry but JAKE needs the external corpus (suites named *.corpus.test.ts). */
export const CORPUS: CorpusResume[] = [
  JAKE,
  { name: 'sb2nov-resume', main: 'sb2nov-resume/sourabh_bajaj_resume.tex', pdflatex: true },
  { name: 'pwittchen-cv', main: 'pwittchen-cv/piotr_wittchen_cv.tex', pdflatex: true },
  { name: 'twenty-seconds-cv', main: 'twenty-seconds-cv/Twenty-Seconds_cv.tex', pdflatex: true },
  { name: 'twenty-seconds-icons', main: 'twenty-seconds-cv/Twenty-Seconds-Icons_cv.tex', pdflatex: true },
  { name: 'moderncv-v2.5.1', main: 'moderncv-v2.5.1/template.tex', pdflatex: true },
  { name: 'altacv-sample', main: 'altacv-sample/sample.tex', pdflatex: true },
  { name: 'awesome-cv', main: 'awesome-cv/examples/resume.tex', pdflatex: false },
  { name: 'deedy-resume', main: 'deedy-resume/OpenFonts/deedy_resume-openfont.xtx', pdflatex: false },
  { name: 'billryan-resume', main: 'billryan-resume/resume.tex', pdflatex: false },
  { name: 'mcdowell-cv', main: 'mcdowell-cv/McDowell_CV_Template.tex', pdflatex: false },
];

/** Absolute path of a corpus resume's main file. */
export function corpusResumePath(c: CorpusResume): string {
  return isAbsolute(c.main) ? c.main : corpusPath('resumes', c.main);
}

/** Loads one corpus resume as a project. */
export function loadCorpusResume(c: CorpusResume): TexProject {
  return loadProjectFromDisk(corpusResumePath(c));
}
