import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships inside the extension (no CDN): Vite copies it and gives us its URL.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF with pdf.js, with scripting and font downloads off. */
export function loadPdfDocument(data: Uint8Array) {
  return pdfjs.getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
}
