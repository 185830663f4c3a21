/** Node-only test/eval helper: the corpus resumes this engine is measured on. */
import { join, resolve } from 'node:path';
import { loadProjectFromDisk } from '../node/project-from-disk';
import type { TexProject } from '../segment/types';

/** The shared corpus sits beside the clone (`../shared/corpus`); BESPOKE_CORPUS overrides it. */
export const CORPUS_ROOT = resolve(process.env.BESPOKE_CORPUS ?? resolve(process.cwd(), '../shared/corpus'));
export const CORPUS_RESUMES = join(CORPUS_ROOT, 'resumes');
export const CORPUS_JOBS = join(CORPUS_ROOT, 'jobs');

export interface CorpusResume {
  name: string;
  /** Main file relative to the corpus resumes folder. */
  main: string;
  /** Builds with pdfLaTeX (the engine Bespoke ships); the others are XeLaTeX-only. */
  pdflatex: boolean;
}

export const CORPUS: CorpusResume[] = [
  { name: 'jake-resume', main: 'jake-resume/resume.tex', pdflatex: true },
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

/** Loads one corpus resume as a project. */
export function loadCorpusResume(c: CorpusResume): TexProject {
  return loadProjectFromDisk(join(CORPUS_RESUMES, c.main));
}
