import { PDFDocument } from 'pdf-lib';
import { TexEngineError } from './errors';

/** Document properties a tailored resume carries (shown by PDF viewers and ATS parsers). */
export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

/** The PDF could not be read (damaged or not a PDF). */
export class PdfReadError extends TexEngineError {
  override name = 'PdfReadError';
}

async function load(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    // updateMetadata:false keeps pdfTeX's producer and dates unless we set them explicitly.
    return await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (err) {
    throw new PdfReadError('The compiled file is not a readable PDF.', { cause: err });
  }
}

/** Number of pages of a PDF. */
export async function countPdfPages(pdf: Uint8Array): Promise<number> {
  return (await load(pdf)).getPageCount();
}

/**
 * Returns a copy of the PDF with title, author, subject and keywords set (fields left
 * undefined keep their current value) and Bespoke as the creator.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await load(pdf);
  if (meta.title !== undefined) doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces; commas keep multi-word keywords apart.
  if (meta.keywords !== undefined) doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator('Bespoke (pdfTeX in WebAssembly)');
  return doc.save({ useObjectStreams: false });
}

/** Reads back the metadata fields set by `setPdfMetadata` (for tests and the UI). */
export async function readPdfMetadata(pdf: Uint8Array): Promise<PdfMetadata & { pages: number }> {
  const doc = await load(pdf);
  const keywords = doc.getKeywords();
  return {
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: keywords ? keywords.split(/\s*,\s*/).filter(Boolean) : undefined,
    pages: doc.getPageCount(),
  };
}
