import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { loadPdfDocument } from './pdfjs';

type PdfDocument = Awaited<ReturnType<typeof loadPdfDocument>>;

/** Documents closed because a new PDF came: a page of theirs still being drawn fails, and that is no error to show. */
const closed = new WeakSet<PdfDocument>();

/** The page a key moves to, or null for keys the preview leaves alone. */
function pageForKey(key: string, page: number, pages: number): number | null {
  const next = { ArrowRight: page + 1, ArrowDown: page + 1, PageDown: page + 1, ArrowLeft: page - 1, ArrowUp: page - 1, PageUp: page - 1, Home: 1, End: pages }[key];
  return next === undefined ? null : Math.min(pages, Math.max(1, next));
}

/**
 * Shows a PDF one page at a time, drawn by pdf.js on a canvas (the same in every browser, and
 * the PDF's own scripts never run), with "Page x of n", previous / next, and the keyboard on
 * the focused preview (arrows, Page Up/Down, Home/End). The document is opened once per PDF;
 * only the page shown is drawn.
 */
export function PdfPreview({ pdf }: { pdf: Uint8Array }) {
  const holder = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: PdfDocument | null = null;
    setDoc(null);
    setPage(1);
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    loadPdfDocument(pdf.slice())
      .then((d) => {
        opened = d;
        if (cancelled) void d.destroy();
        else setDoc(d);
      })
      .catch((err: unknown) => { if (!cancelled) setError(err instanceof Error ? err.message : String(err)); });
    return () => {
      cancelled = true;
      if (opened) {
        closed.add(opened);
        void opened.destroy();
      }
    };
  }, [pdf]);

  useEffect(() => {
    const target = holder.current;
    if (!doc || !target) return;
    let cancelled = false;
    (async () => {
      const p = await doc.getPage(page);
      const viewport = p.getViewport({ scale: 1.3 });
      const canvas = document.createElement('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.style.width = '100%';
      canvas.className = 'rounded-md border border-border bg-white shadow-sm';
      canvas.dataset.page = String(page);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${page} of the PDF`);
      await p.render({ canvas, viewport }).promise;
      // Swapped in once drawn: the previous page stays until then (no blank flash).
      if (!cancelled) target.replaceChildren(canvas);
    })().catch((err: unknown) => { if (!cancelled && !closed.has(doc)) setError(err instanceof Error ? err.message : String(err)); });
    return () => {
      cancelled = true;
    };
  }, [doc, page]);

  const pages = doc?.numPages ?? 0;
  const onKey = (e: KeyboardEvent) => {
    const next = pages ? pageForKey(e.key, page, pages) : null;
    if (next === null) return;
    e.preventDefault();
    setPage(next);
  };

  return (
    <div className="flex flex-col gap-1.5">
      {error ? <p className="error">Could not show the PDF: {error}</p> : null}
      {pages > 1 ? (
        <div className="flex items-center justify-center gap-2" data-testid="pdf-pager">
          <Button size="icon" variant="ghost" aria-label="Previous page" disabled={page <= 1} onClick={() => setPage(page - 1)}><ChevronLeft aria-hidden /></Button>
          <span className="text-xs tabular-nums" aria-live="polite" data-testid="pdf-page">Page {page} of {pages}</span>
          <Button size="icon" variant="ghost" aria-label="Next page" disabled={page >= pages} onClick={() => setPage(page + 1)}><ChevronRight aria-hidden /></Button>
        </div>
      ) : null}
      <div
        ref={holder}
        data-testid="pdf-preview"
        data-pages={pages || undefined}
        tabIndex={pages > 1 ? 0 : undefined}
        role={pages > 1 ? 'group' : undefined}
        aria-label={pages > 1 ? 'PDF preview: arrow keys turn the pages' : undefined}
        onKeyDown={onKey}
        className="rounded-md focus-visible:outline-2 focus-visible:outline-ring focus-visible:outline-offset-2"
      />
    </div>
  );
}
