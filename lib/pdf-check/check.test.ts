import { describe, expect, it } from 'vitest';
import { checkTextLayer } from './check';
import { sourceWords } from './source-words';
import type { ReadPage } from './types';

const SOURCE = String.raw`\documentclass{article}
\begin{document}
\section{Education}
John Doe, \href{mailto:john@doe.org}{john@doe.org}, +1 (234) 567 890
\section{Experience}
Led financial reporting at Matem\'atica Labs; deployed Kubernetes.
\end{document}
`;
const src = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': SOURCE } });
const page = (...lines: string[]): ReadPage[] => [{ lines: lines.map((text) => ({ text })) }];
const kinds = (pages: ReadPage[]) => checkTextLayer(pages, src, 'test').problems.map((p) => p.kind);

describe('checkTextLayer', () => {
  it('reads a clean text layer as written: 100%, no problems', () => {
    const r = checkTextLayer(page('Education', 'John Doe, john@doe.org, +1 (234) 567 890', 'Experience', 'Led financial reporting at Matemática Labs; deployed Kubernetes.'), src, 'test');
    expect(r.problems).toEqual([]);
    expect(r.readsAsWritten).toBe(1);
    expect(r.words).toBe(r.exact);
  });

  it('finds icon glyphs read as letters and symbols (moderncv, altacv)', () => {
    const r = checkTextLayer(page('Education', 'I +1 (234) 567 890 # john@doe.org ð'), src, 'test');
    expect(r.junkGlyphs).toBe(3);
    expect(r.problems.find((p) => p.kind === 'junk')?.examples).toEqual(['I', 'ð', '#']);
    expect(r.readsAsWritten).toBeLessThan(1);
  });

  it('calls an accent on a dotless i accent damage, which T1 fonts fix ("Ingenierı́a")', () => {
    const own = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': String.raw`\begin{document}Ingenier\'{\i}a de Software\end{document}` } });
    const r = checkTextLayer(page('Ingenier\u0131\u0301a de Software'), own, 'test');
    expect(r.problems.map((p) => p.kind)).toEqual(['accent']);
    expect(checkTextLayer(page('Ingeniería de Software'), own, 'test').problems).toEqual([]);
  });

  it('takes a symbol the source sets for what the page shows, a list bullet for punctuation, and "C++" for a word of its own', () => {
    const tex = String.raw`\begin{document}Uptime $\geq$ 99.9\%, range $[0, +\infty)$; C++ and C\# \end{document}`;
    const own = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': tex } });
    const r = checkTextLayer(page('∗ Uptime ≥ 99.9%, range [0, +∞); C++ and C#'), own, 'test');
    expect(r.problems).toEqual([]);
    // A symbol no source writes is still junk, whatever punctuation stands beside it.
    expect(checkTextLayer(page('Uptime (≥ 99.9%', '(✆'), own, 'test').junkGlyphs).toBe(1);
    // "C" alone is not "C++": the language's name is read with its marks.
    expect(checkTextLayer(page('Uptime ≥ 99.9%, range [0, +∞); C and C#'), own, 'test').problems.map((p) => p.kind)).toContain('junk');
  });

  it('finds letter-spaced headings read in pieces, and says the heading is missing', () => {
    const r = checkTextLayer(page('edu cation', 'E X P E R I E N C E', 'John Doe'), src, 'test');
    expect(r.splitWords).toBe(2);
    expect(r.problems.find((p) => p.kind === 'split')?.examples).toEqual(['edu cation', 'E X P E R I E N C E']);
    expect(kinds(page('edu cation', 'Experience'))).toContain('heading');
  });

  it('finds joined words, ligature glyphs, loose accents and line-end hyphenation', () => {
    expect(kinds(page('JohnDoe'))).toContain('joined');
    expect(kinds(page('Led ﬁnancial reporting'))).toContain('ligature');
    expect(kinds(page('at Matem´ atica Labs'))).toContain('accent');
    expect(kinds(page('deployed Kuber-', 'netes.'))).toContain('hyphenation');
  });

  it('reports contact details found only in the header band', () => {
    const pages: ReadPage[] = [{ width: 612, height: 792, lines: [{ text: 'john@doe.org', x: 50, y: 780 }, { text: 'Led financial reporting', x: 50, y: 500 }] }];
    expect(checkTextLayer(pages, src, 'test').problems.map((p) => p.kind)).toContain('header-footer');
    pages[0].lines[0].y = 700;
    expect(checkTextLayer(pages, src, 'test').problems.map((p) => p.kind)).not.toContain('header-footer');
  });

  it('tells a hyphen lost at a line end ("multicloud" for "multi-cloud") from words run together', () => {
    const hyphenSrc = sourceWords({ mainFile: 'cv.tex', files: { 'cv.tex': '\\begin{document}Built multi-cloud tooling with Python\\end{document}' } });
    const lost = checkTextLayer(page('Built multicloud', 'tooling with Python'), hyphenSrc, 'test');
    expect(lost.joinedWords).toBe(0);
    expect(lost.problems.find((p) => p.kind === 'hyphenation')?.examples).toEqual(['multicloud']);
    // The word after it still counts as read.
    expect(lost.exact).toBe(4);
    expect(checkTextLayer(page('Built multi-cloud toolingwith Python'), hyphenSrc, 'test').joinedWords).toBe(1);
  });

  it('reads a date babel prints in another language (\\today) as written, not as a misread word', () => {
    const letter = sourceWords({ mainFile: 'l.tex', files: { 'l.tex': '\\begin{document}Paris, \\today\\end{document}' } });
    expect(checkTextLayer(page('Paris, 27 novembre 2026'), letter, 'test').readsAsWritten).toBe(1);
    expect(checkTextLayer(page('Paris, 27 novembar 2026'), letter, 'test').readsAsWritten).toBeLessThan(1);
  });

  it('reads the words a bibliography style prints around a .bib entry (vol., pp., doi:) as written', () => {
    const cv = sourceWords({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\begin{document}\\printbibliography\\end{document}',
        'refs.bib': '@article{k, author={Donald Knuth}, title={Literate Programming}, journal={Computer Journal}, volume={27}, pages={97--111}, doi={10.1093/comjnl}}',
      },
    });
    expect(checkTextLayer(page('D. Knuth, “Literate Programming,” Computer Journal, vol. 27, pp. 97–111, doi: 10.1093/comjnl'), cv, 'test').readsAsWritten).toBe(1);
    expect(checkTextLayer(page('D. Knuth, “Literate Programming,” Computer Journal, vlo. 27'), cv, 'test').readsAsWritten).toBeLessThan(1);
  });
});
