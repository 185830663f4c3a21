import { describe, expect, it } from 'vitest';
import { blankedMain, bodyOffset, dumpInput, PreambleFormats } from './preamble-format';

const doc = '\\documentclass{article}\n% \\begin{document} in a comment\n\\usepackage{xcolor}\n\\begin{document}\nHi\n\\end{document}\n';

describe('bodyOffset', () => {
  it('finds the first \\begin{document} outside a comment', () => {
    expect(doc.slice(bodyOffset(doc)!)).toMatch(/^\\begin\{document\}\nHi/);
  });
  it('reads an escaped percent sign as text, not as a comment', () => {
    const text = '\\documentclass{article}\\def\\p{50\\%}\\begin{document}x\\end{document}';
    expect(bodyOffset(text)).toBe(text.indexOf('\\begin{document}'));
  });
  it('takes a preamble that inputs the class from another file', () => {
    const text = '\\input{preamble}\n\\begin{document}\nx\\end{document}';
    expect(bodyOffset(text)).toBe(text.indexOf('\\begin{document}'));
  });
  it('is null for a main file whose body is in a file it inputs', () => {
    expect(bodyOffset('\\documentclass{article}\n\\input{body}\n')).toBeNull();
    expect(bodyOffset('\\documentclass{article}\n% \\begin{document} only in a comment\n\\input{body}\n')).toBeNull();
  });
});

describe('blankedMain', () => {
  it('keeps the body on its own line number and empties the preamble', () => {
    const blanked = blankedMain(doc, bodyOffset(doc)!);
    const lines = blanked.split('\n');
    expect(lines).toHaveLength(doc.split('\n').length);
    expect(lines[3]).toBe('\\begin{document}');
    expect(lines[2]).toBe('');
    // The first line puts back what the preamble left on the page, and nothing of the preamble.
    expect(lines[0]).toMatch(/^\\setbox\\bespokepreamblematerial=.*\\unvbox\\bespokepreamblematerial\\bespokepreamblestate\\bespokereplay%$/);
    expect(blanked).not.toContain('xcolor');
  });
  it('works when the body starts on the first line', () => {
    const text = '\\documentclass{article}\\begin{document}x\\end{document}';
    expect(blankedMain(text, bodyOffset(text)!)).toMatch(/\\bespokereplay\\begin\{document\}x\\end\{document\}$/);
  });
});

describe('dumpInput', () => {
  it('boxes the page material and dumps after the preamble', () => {
    const input = dumpInput('\\documentclass{article}\n');
    // Recording of \pdfinfo and \pdfcatalog starts before the preamble and stops before the dump.
    expect(input.split('\n')[1]).toBe('\\documentclass{article}');
    expect(input.indexOf('\\protected\\def\\pdfinfo#1')).toBe(input.indexOf('\\let\\bespokepdfinfo\\pdfinfo') + '\\let\\bespokepdfinfo\\pdfinfo'.length);
    expect(input).toContain('\\let\\pdfinfo\\bespokepdfinfo\\let\\pdfcatalog\\bespokepdfcatalog');
    expect(input).toContain('\\output={\\global\\setbox\\bespokepreamblematerial=\\box255');
    // The list's state is read before the box the dump adds changes it.
    expect(input.indexOf('\\xdef\\bespokepreamblestate{\\prevdepth=\\the\\prevdepth')).toBeLessThan(input.indexOf('\\hbox{}'));
    expect(input.trimEnd().endsWith('\\dump')).toBe(true);
  });
});

describe('PreambleFormats', () => {
  const entry = (n: number) => ({ format: new Uint8Array([n]), warnings: [] });
  it('keeps the most recently used formats, at most its limit', () => {
    const cache = new PreambleFormats(2);
    cache.set('a', entry(1));
    cache.set('b', entry(2));
    cache.get('a');
    cache.set('c', entry(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.format[0]).toBe(1);
    expect(cache.get('c')?.format[0]).toBe(3);
  });
  it('says when a preamble is seen the second time, and only then', () => {
    const cache = new PreambleFormats();
    expect(cache.secondSighting('k')).toBe(false);
    expect(cache.secondSighting('k')).toBe(true);
    expect(cache.secondSighting('k')).toBe(false);
    expect(cache.secondSighting('other')).toBe(false);
  });
});
