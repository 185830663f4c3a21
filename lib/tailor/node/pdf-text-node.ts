/** Node-only: PDF text through pdf.js's legacy build (the modern build needs browser APIs). */
import { extractPdfLines, extractPdfText, type PdfJsLike, type PdfPageLines, type PdfText } from '../score/pdf-text';

let loaded: Promise<PdfJsLike> | null = null;

/** Extracts a PDF's text in Node. */
export async function extractPdfTextNode(pdf: Uint8Array): Promise<PdfText> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLike>;
  return extractPdfText(await loaded, pdf);
}

/** The positioned lines of every page in Node (for the text-layer check). */
export async function extractPdfLinesNode(pdf: Uint8Array, options: { actualText?: boolean } = {}): Promise<PdfPageLines[]> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLike>;
  return extractPdfLines(await loaded, pdf, options);
}
