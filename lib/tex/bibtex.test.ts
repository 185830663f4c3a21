import { describe, expect, it } from 'vitest';
import { withBibtexBackend } from './bibtex';
import { byteString, byteStringBytes } from './byte-string';

const files = (entries: Record<string, string | Uint8Array>): Map<string, Uint8Array> =>
  new Map(Object.entries(entries).map(([path, text]) => [path, typeof text === 'string' ? byteStringBytes(text) : text]));
const text = (map: Map<string, Uint8Array> | null, path: string): string => byteString(map!.get(path)!);

describe('withBibtexBackend', () => {
  it('sets the backend of every biblatex load to BibTeX, keeping the other options', () => {
    const out = withBibtexBackend(files({
      'cv.tex': '\\usepackage[backend=biber, style=numeric,sorting=ydnt]{biblatex}\n\\addbibresource{cv.bib}',
      'pubs.cfg': '\\usepackage{biblatex}',
      'cv.cls': '\\RequirePackage[style=apa6]{biblatex}',
    }));
    expect(text(out, 'cv.tex')).toBe('\\usepackage[backend=bibtex, style=numeric,sorting=ydnt]{biblatex}\n\\addbibresource{cv.bib}');
    expect(text(out, 'pubs.cfg')).toBe('\\usepackage[backend=bibtex]{biblatex}');
    expect(text(out, 'cv.cls')).toBe('\\RequirePackage[backend=bibtex,style=apa6]{biblatex}');
  });

  it('reads options over several lines, as classes write them', () => {
    const out = withBibtexBackend(files({ 'cv.cls': '\\usepackage[\n\tbackend=biber,\n\tstyle=numeric,\n]{biblatex}\n' }));
    expect(text(out, 'cv.cls')).toBe('\\usepackage[\n\tbackend=bibtex,\n\tstyle=numeric,\n]{biblatex}\n');
  });

  it('leaves comments, other packages, other files and loads already on BibTeX alone', () => {
    expect(withBibtexBackend(files({
      'cv.tex': '% \\usepackage{biblatex}\n\\usepackage{biblatex-ext}\\usepackage[backend=bibtex]{biblatex}',
      'cv.bib': '@misc{x, note={\\usepackage{biblatex}}}',
    }))).toBeNull();
    const out = withBibtexBackend(files({ 'cv.tex': '\\usepackage{biblatex} % was \\usepackage[backend=biber]{biblatex}' }));
    expect(text(out, 'cv.tex')).toBe('\\usepackage[backend=bibtex]{biblatex} % was \\usepackage[backend=biber]{biblatex}');
  });

  it('returns a copy and keeps every other byte of an 8-bit file', () => {
    const latin1 = new Uint8Array([...byteStringBytes('\\usepackage{biblatex}\n% Lebenslauf '), 0xfc, 0x80, 0x0a]);
    const input = files({ 'cv.tex': latin1, 'photo.jpg': new Uint8Array([0xff, 0xd8]) });
    const out = withBibtexBackend(input)!;
    expect(Array.from(out.get('cv.tex')!.slice(-3))).toEqual([0xfc, 0x80, 0x0a]);
    expect(out.get('photo.jpg')).toBe(input.get('photo.jpg'));
    expect(byteString(input.get('cv.tex')!)).toContain('\\usepackage{biblatex}');
  });
});
