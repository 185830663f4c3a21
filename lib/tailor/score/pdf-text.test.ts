import { PDFDocument, PDFName, PDFOperator, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdfLinesNode, extractPdfTextNode } from '../node/pdf-text-node';

/** A one-line PDF whose phone icon (drawn as the letter "I") is wrapped in a Span with ActualText. */
async function iconPdf(actualText: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, 200]);
  const props = doc.context.obj({ ActualText: PDFString.of(actualText) });
  page.pushOperators(PDFOperator.of('BDC' as never, [PDFName.of('Span'), props as never]));
  page.drawText('I', { x: 20, y: 100, font, size: 12 });
  page.pushOperators(PDFOperator.of('EMC' as never));
  page.drawText('+1 555 0100', { x: 34, y: 100, font, size: 12 });
  return doc.save();
}

describe('PDF text as Bespoke reads it (score and text-layer check)', () => {
  it('reads a Span with ActualText as its ActualText, as poppler does', async () => {
    const pdf = await iconPdf('Phone: ');
    expect((await extractPdfTextNode(pdf)).text).toMatch(/^Phone: \s*\+1 555 0100$/);
    // pdf.js alone reads the icon font's letter.
    expect((await extractPdfLinesNode(pdf, { actualText: false }))[0].lines[0].text).toMatch(/^I\s*\+1 555 0100$/);
  });

  it('reads an empty ActualText as nothing: the icon is gone, the number stays', async () => {
    const text = (await extractPdfTextNode(await iconPdf(''))).text;
    expect(text.trim()).toBe('+1 555 0100');
  });

  it('joins an accent drawn as its own glyph to the letter under it, and parts of a line apart', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([400, 200]);
    page.drawText('Lyc', { x: 20, y: 100, font, size: 12 });
    const after = 20 + font.widthOfTextAtSize('Lyc', 12);
    // OT1-style: the accent, then the letter drawn back under it.
    page.drawText('\u00b4', { x: after + 1, y: 100, font, size: 12 });
    page.drawText('ee', { x: after, y: 100, font, size: 12 });
    // A margin heading on the same line, left of where the text ended.
    page.drawText('Education', { x: 2, y: 100, font, size: 12 });
    const text = (await extractPdfTextNode(await doc.save())).text;
    expect(text).toBe('Lycée Education');
  });

  it('reads a word hyphenated at a line end whole, as poppler does', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([400, 200]);
    page.drawText('Led the migra-', { x: 20, y: 100, font, size: 12 });
    page.drawText('tion of batch jobs', { x: 20, y: 86, font, size: 12 });
    page.drawText('to Kubernetes', { x: 20, y: 72, font, size: 12 });
    expect((await extractPdfTextNode(await doc.save())).text).toBe('Led the migration\nof batch jobs\nto Kubernetes');
  });
});

