/**
 * Browser-only: PDF text through pdf.js's regular build. pdf.js normally spawns its own
 * worker; an MV3 service worker can neither spawn one nor `import()` lazily, so both modules
 * are imported statically and the worker's handler is handed to pdf.js through
 * `globalThis.pdfjsWorker`, which it then runs in-thread. Pages and offscreen documents can
 * use the same function.
 */
import * as pdfjs from 'pdfjs-dist';
// @ts-expect-error pdf.js ships no type declarations for its worker module.
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { extractPdfLines, extractPdfText, type PdfJsLike, type PdfPageLines, type PdfText } from './pdf-text';

/** Extracts a PDF's text in the extension (service worker, side panel or offscreen page). */
export async function extractPdfTextBrowser(pdf: Uint8Array): Promise<PdfText> {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;
  return extractPdfText(pdfjs as unknown as PdfJsLike, pdf);
}

/** The positioned lines of every page in the extension (for the text-layer check). */
export async function extractPdfLinesBrowser(pdf: Uint8Array): Promise<PdfPageLines[]> {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;
  return extractPdfLines(pdfjs as unknown as PdfJsLike, pdf);
}
