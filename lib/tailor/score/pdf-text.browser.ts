/**
 * Browser-only: PDF text through pdf.js's regular build. pdf.js normally spawns its own
 * worker; an MV3 service worker cannot, so the worker module is loaded into this context
 * (`globalThis.pdfjsWorker`), which pdf.js then uses in-thread. Pages and offscreen
 * documents can use the same function.
 */
import { extractPdfText, type PdfJsLike, type PdfText } from './pdf-text';

let loaded: Promise<PdfJsLike> | null = null;

async function loadPdfJs(): Promise<PdfJsLike> {
  // @ts-expect-error pdf.js ships no type declarations for its worker module.
  const worker: unknown = await import('pdfjs-dist/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return (await import('pdfjs-dist')) as unknown as PdfJsLike;
}

/** Extracts a PDF's text in the extension (service worker, side panel or offscreen page). */
export async function extractPdfTextBrowser(pdf: Uint8Array): Promise<PdfText> {
  loaded ??= loadPdfJs();
  return extractPdfText(await loaded, pdf);
}
