import { afterAll, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { parseTexLog } from '@/lib/tex/log-parser';

// ifsym's icons exist in TeX Live only as METAFONT sources (no Type 1 outline, no map line).
// Native pdflatex draws them with mktexpk (mf + gftopk); Bespoke runs METAFONT and GFtoPK in
// WebAssembly the same way (lib/tex/metafont.ts), one round per size pdfTeX stopped at.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

const doc = (body: string) => `\\documentclass{article}\n\\usepackage[misc,clock]{ifsym}\n\\begin{document}\n${body}\n\\end{document}\n`;

it('draws a METAFONT-only font at each size the document uses, offline', async () => {
  const r = await engine.compile({ mainFile: 'cv.tex', files: { 'cv.tex': doc('Mail \\Letter\\ phone \\Telephone\n\n{\\Large \\Letter}\n\n{\\small \\showclock{3}{20}}') } });
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.pages).toBe(1);
  expect(r.bitmapsMade).toEqual(expect.arrayContaining(['ifsym10.600', 'ifsym10.864']));
  const note = r.warnings.find((w) => w.startsWith('Drawn as bitmaps from METAFONT sources'));
  expect(note).toMatch(/ifsym10/);
  expect(note).toMatch(/ifclk10/);
  // The last pass found every bitmap: nothing left for pdfTeX to ask for.
  expect(parseTexLog(r.log).bitmapRequests).toEqual([]);
  // The next compile of the resume starts with the bitmaps already made: its first pass needs none.
  const again = await engine.compile({ mainFile: 'cv.tex', files: { 'cv.tex': doc('\\Letter\\ again') } });
  expect(again.ok).toBe(true);
  expect(again.bitmapsMade).toBeUndefined();
  expect(again.warnings.find((w) => w.startsWith('Drawn as bitmaps'))).toMatch(/ifsym10/);
}, 120_000);

it('says why when METAFONT cannot make a font, and leaves the error standing', async () => {
  // The project's own source of the font comes first (as natively), and it is broken.
  const r = await engine.compile({
    mainFile: 'cv.tex',
    files: { 'cv.tex': '\\documentclass{article}\n\\font\\x=ifsym10\n\\begin{document}\\x\\char0\\end{document}\n', 'ifsym10.mf': 'input ifsym-parts-nobody-has;\nend\n' },
  });
  expect(r.ok).toBe(false);
  expect(r.warnings.find((w) => w.startsWith('METAFONT could not make the font ifsym10'))).toMatch(/ifsym-parts-nobody-has/);
  expect(r.errors[0]!.message).toMatch(/Font ifsym10 at \d+ not found/);
}, 120_000);

// A font that exists only as METAFONT sources has no metrics either (lh's Cyrillic CM Bright): native
// mktextfm makes the .tfm with METAFONT; so does Bespoke, in the same run that draws the bitmap.
const glyph = 'mode_setup;\nfont_size 10pt#;\nbeginchar("A", 6pt#, 7pt#, 0);\npickup pencircle scaled 0.6pt;\ndraw (0,0)--(w/2,h)--(w,0);\nendchar;\nend\n';

it('makes the metrics of a font that has only a METAFONT source, then draws it', async () => {
  const r = await engine.compile({
    mainFile: 'cv.tex',
    files: { 'cv.tex': '\\documentclass{article}\n\\font\\x=bespokeglyph\n\\begin{document}Mark: {\\x A}\\end{document}\n', 'bespokeglyph.mf': glyph },
  });
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.bitmapsMade).toContain('bespokeglyph.600');
  expect(r.warnings.find((w) => w.startsWith('Drawn as bitmaps from METAFONT sources'))).toMatch(/bespokeglyph/);
}, 120_000);

it('names the METAFONT source that making the metrics still lacks, as a file to fetch', async () => {
  const r = await engine.compile({
    mainFile: 'cv.tex',
    files: { 'cv.tex': '\\documentclass{article}\n\\font\\x=bespokeglyph\n\\begin{document}{\\x A}\\end{document}\n', 'bespokeglyph.mf': 'input bespoke-base-nobody-has;\nend\n' },
  });
  expect(r.ok).toBe(false);
  expect(r.missingFiles).toEqual(expect.arrayContaining(['bespokeglyph.tfm', 'bespoke-base-nobody-has.mf']));
}, 120_000);
