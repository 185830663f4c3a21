import { describe, expect, it } from 'vitest';
import { leftOutNote, selectTexFiles } from './tex-named-files';

const MB = 1048576;

describe('selectTexFiles (a website repository with a CV in it)', () => {
  const texts: Record<string, string> = {
    'cv.tex': '\\documentclass{res}\\input{parts/jobs}\\includegraphics[width=2cm]{img/photo}\\includegraphics{figs/map.eps}',
    'parts/jobs.tex': '\\item Taught \\href{https://x.org/courses/nlp.pdf}{NLP}',
    'style/my.sty': '\\RequirePackage{xcolor}',
  };
  const entries = [
    { path: 'cv.tex', bytes: 900 },
    { path: 'parts/jobs.tex', bytes: 400 },
    { path: 'style/my.sty', bytes: 100 },
    { path: 'img/photo.jpg', bytes: 2 * MB },
    { path: 'figs/map-eps-converted-to.pdf', bytes: 30_000 },
    { path: 'fonts/Lato-Regular.ttf', bytes: 600_000 },
    { path: 'courses/slides/mdp.pdf', bytes: 3 * MB },
    { path: 'courses/slides/mdp.pptx', bytes: 4 * MB },
    { path: 'index.html', bytes: 5_000 },
  ];

  it('keeps TeX sources, fonts, the files they name (an epstopdf output by its .eps) and nothing else', () => {
    const selection = selectTexFiles(entries, (path) => texts[path]);
    expect(selection.kept).toEqual(['cv.tex', 'parts/jobs.tex', 'style/my.sty', 'img/photo.jpg', 'figs/map-eps-converted-to.pdf', 'fonts/Lato-Regular.ttf']);
    expect(selection.leftOut).toEqual(['courses/slides/mdp.pdf', 'courses/slides/mdp.pptx', 'index.html']);
    expect(selection.leftOutBytes).toBe(7 * MB + 5_000);
  });

  it('keeps a file a source names only in a URL or text (generous: a needed file is never guessed away)', () => {
    const selection = selectTexFiles([...entries, { path: 'courses/nlp.pdf', bytes: MB }], (path) => texts[path]);
    expect(selection.kept).toContain('courses/nlp.pdf');
  });

  it('says how much was left out, with a few names', () => {
    const note = leftOutNote(selectTexFiles(entries, (path) => texts[path]));
    expect(note).toBe('Left out 3 files (7.0 MB) that no TeX file of the folder names: courses/slides/mdp.pdf, courses/slides/mdp.pptx, index.html. Add any the resume needs.');
    expect(leftOutNote({ kept: ['cv.tex'], leftOut: [], leftOutBytes: 0 })).toBeNull();
  });
});
