import { afterAll, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { createNodeTexEngine } from '@/lib/tex/node';
import { pdfText } from './corpus-text';

// The bundle draws T1 text in the EC fonts with Latin Modern's outlines (scripts/tex/font-map.ts
// latinModernSubstitution) and ships cm-super at one design size only, for what Latin Modern
// cannot draw: Cyrillic and the text companion (TS1). A build that lost the map rewrite would
// name cm-super sizes that are not in the bundle, and this compile would fail offline.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

/** The PostScript names of the fonts a PDF embeds, without their subset tags. */
async function embeddedFontNames(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}

it('draws T1 text at every size and shape with Latin Modern, TS1 and Cyrillic with cm-super, text as written', async () => {
  const main = [
    '\\documentclass[11pt]{article}',
    '\\usepackage[T2A,T1]{fontenc}',
    '\\usepackage[utf8]{inputenc}',
    '\\begin{document}',
    '{\\Huge Straße} \\textbf{Grüße} \\textit{naïve} \\textsc{Café} \\texttt{Œuvre} \\textsf{Łódź} \\textsl{Ærø}',
    '{\\small small} {\\Large Large}. Price \\texteuro 20 \\textbullet{} \\textcopyright{} 2024.',
    '{\\fontencoding{T2A}\\selectfont Привет}',
    '\\end{document}',
  ].join('\n');
  const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': main } });
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  const fonts = await embeddedFontNames(r.pdf!);
  expect(fonts).toEqual(expect.arrayContaining([
    'LMRoman10-Regular', 'LMRoman10-Bold', 'LMRoman10-Italic', 'LMRomanCaps10-Regular', 'LMMono10-Regular',
    'LMSans10-Regular', 'LMRomanSlant10-Regular', 'LMRoman17-Regular',
  ]));
  // Only cm-super's 10 pt outline ships: TS1 symbols and Cyrillic at 10.95 pt are drawn with it, scaled.
  expect(fonts.filter((f) => f.startsWith('SF'))).toEqual(['SFRM1000']);
  const text = pdfText(r.pdf!).replace(/\s+/g, ' ');
  expect(text).toContain('Straße Grüße naïve Café Œuvre Łódź Ærø');
  expect(text).toContain('€20 • © 2024');
  expect(text).toContain('Привет');
}, 120_000);
