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

  it('reads a line break as a space and a font command in place', () => {
    expect(sourcePlain(String.raw`\section{\mystyle Honours and\\Awards} Contact\\*[2pt]Information`).split(/\s+/).filter(Boolean))
      .toEqual(['Honours', 'and', 'Awards', 'Contact', 'Information']);
    expect(sourcePlain(String.raw`C\texttt{++}, Scala and \textbf{Go}`)).toBe('C++, Scala and Go');
  });

  it('reads math symbols and Greek letters as the characters the PDF shows', () => {
    expect(sourcePlain(String.raw`$\diamond$ C$\sharp$ and $\lambda$-calculus $\star$ $\Omega$`)).toBe('⋄ C♯ and λ-calculus ⋆ Ω');
    expect(sourcePlain(String.raw`7\textsuperscript{th}/120 {$\varheartsuit$} Python`)).toBe('7th/120 ♥ Python');
    expect(sourcePlain(String.raw`\nth{1} \nth{2} \nth{13} \nth{23}`)).toBe('1st 2nd 13th 23rd');
    expect(sourcePlain(String.raw`Python\sep C\ensuremath{++}\sep Java`)).toBe('Python C++ Java');
    expect(sourcePlain(String.raw`$\geq$ 95\% of $[0, +\infty)$, $\sum_i$ \S 3 \input{x} \left( \leq`)).toBe('≥ 95% of  0, +∞), ∑_i §3  x  ( ≤');
    const w = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': String.raw`\begin{document}$\diamond$ Go\end{document}` } });
    expect(w.marks.has('⋄')).toBe(true);
  });

  it('counts the words of a kept .bbl and of a file a read file names as an argument (a sidebar, an \\input .txt)', () => {
    const files = {
      'cv.tex': '\\begin{document}\\cvsection[side]{Work}\\input{summary.txt}\\bibliography{x}\\end{document}',
      'side.tex': 'w jobie i w domu',
      'cv.bbl': '\\bibitem{k} A study',
      'unused.tex': 'z',
      'summary.txt': 'payments infrastructure',
      'notes.txt': 'q',
    };
    const w = sourceWords({ mainFile: 'cv.tex', files });
    expect(w.counts.get('w')).toBe(2);
    expect(w.counts.get('a')).toBe(1);
    // A file nothing names is not printed: its lone letters do not excuse junk.
    expect(w.counts.has('z')).toBe(false);
    expect(w.counts.get('payments')).toBe(1);
    expect(w.counts.has('q')).toBe(false);
  });
});
