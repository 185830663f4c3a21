import { useEffect, useRef, useState } from 'react';
import { loadPdfDocument } from './pdfjs';

/**
 * Renders every page of a PDF to canvases with pdf.js, so the preview works the same in any
 * browser (Chrome's built-in viewer is missing in some contexts) and never runs the PDF's own
 * scripts.
 */
export function PdfPreview({ pdf, maxPages = 4 }: { pdf: Uint8Array; maxPages?: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const target = holder.current;
    if (!target) return;
    target.replaceChildren();
    (async () => {
      // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
      const doc = await loadPdfDocument(pdf.slice());
      for (let n = 1; n <= Math.min(doc.numPages, maxPages) && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1.3 });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.style.width = '100%';
        canvas.className = 'rounded-md border border-border bg-white shadow-sm';
        canvas.dataset.page = String(n);
        target.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      await doc.destroy();
    })().catch((err: unknown) => {
      if (!cancelled) setError(err instanceof Error ? err.message : String(err));
    });
    return () => {
      cancelled = true;
    };
  }, [pdf, maxPages]);

  return (
    <div>
      {error ? <p className="error">Could not show the PDF: {error}</p> : null}
      <div ref={holder} data-testid="pdf-preview" style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
    </div>
  );
}
