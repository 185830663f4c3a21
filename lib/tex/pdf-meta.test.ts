import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { countPdfPages, readPdfMetadata, setPdfMetadata } from './pdf-meta';

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save();
}

describe('pdf metadata', () => {
  it('counts pages', async () => {
    expect(await countPdfPages(await blankPdf(3))).toBe(3);
  });

  it('sets title, author, subject and keywords, keeping multi-word keywords whole', async () => {
    const out = await setPdfMetadata(await blankPdf(2), {
      title: 'Ada Lovelace — Resume',
      author: 'Ada Lovelace',
      subject: 'Senior Engineer at Analytical Engines Ltd',
      keywords: ['machine learning', 'TypeScript', 'Bernoulli numbers'],
    });
    expect(await readPdfMetadata(out)).toEqual({
      title: 'Ada Lovelace — Resume',
      author: 'Ada Lovelace',
      subject: 'Senior Engineer at Analytical Engines Ltd',
      keywords: ['machine learning', 'TypeScript', 'Bernoulli numbers'],
      pages: 2,
    });
  });

  it('refuses bytes that are not a PDF with a clear error', async () => {
    await expect(countPdfPages(new TextEncoder().encode('not a pdf'))).rejects.toThrow('The compiled file is not a readable PDF.');
  });
});
