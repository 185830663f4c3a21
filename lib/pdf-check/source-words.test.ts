import { describe, expect, it } from 'vitest';
import { sourcePlain, sourceWords } from './source-words';

describe('the words a LaTeX source writes', () => {
  it('resolves accents, special letters, dashes and escapes as the PDF shows them', () => {
    expect(sourcePlain(String.raw`Matem\'atica {\"o}l \c{c}a na\"{\i}ve Stra\ss e 2019--2021 R\&D 50\% 5$^{th}$`))
      .toBe('Matemática öl ça naïve Straße 2019–2021 R&D 50% 5th');
  });

  it('keeps separate arguments apart and drops comments and macro names', () => {
    expect(sourcePlain('\\href{mailto:a@b.c}{a@b.c} % secret\n\\textbf{Go}').split(/\s+/).filter(Boolean)).toEqual(['mailto:a@b.c', 'a@b.c', 'Go']);
  });

  it('orders the document words and takes class files into the vocabulary only', () => {
    const w = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': '\\documentclass{cv}\\begin{document}Hello World\\end{document}', 'cv.cls': '\\newcommand\\x{Curriculum}' } });
    expect(w.ordered).toContain('hello');
    expect(w.ordered).not.toContain('curriculum');
    expect(w.vocabulary.has('curriculum')).toBe(true);
  });
});
