import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships inside the extension (no CDN): Vite copies it and gives us its URL.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

let previewWorker: pdfjs.PDFWorker | undefined;

/**
 * One pdf.js worker for every preview of this page, started by `warmPdfPreview` when the panel
 * opens: starting it (a 1 MB script) at the first preview would put that wait between the
 * finished run and its PDF on screen.
 */
function sharedWorker(): pdfjs.PDFWorker {
  previewWorker ??= new pdfjs.PDFWorker();
  return previewWorker;
}

/** Starts the preview's pdf.js worker ahead of the first PDF. */
export function warmPdfPreview(): void {
  sharedWorker();
}

/** Opens a PDF with pdf.js, with scripting and font downloads off (closing it leaves the shared worker running). */
export function loadPdfDocument(data: Uint8Array) {
  return pdfjs.getDocument({ data, worker: sharedWorker(), isEvalSupported: false, enableXfa: false }).promise;
}
