/**
 * Text of a PDF as an applicant tracking system reads it, through pdf.js. The pdf.js
 * module is passed in so the same code runs in Node (legacy build, see
 * `../node/pdf-text-node.ts`) and in the browser (the regular build).
 */

/** The slice of pdf.js we use. */
export interface PdfJsLike {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export interface PdfText {
  pages: string[];
  text: string;
}

export class PdfTextError extends Error {
  override name = 'PdfTextError';
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); }
}

interface TextItem { str: string; hasEOL?: boolean; transform?: number[] }

/** Extracts the text of every page, one line per text line (pdf.js's end-of-line marks). */
export async function extractPdfText(pdfjs: PdfJsLike, pdf: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer; give it a copy so the caller's bytes stay usable.
  const data = new Uint8Array(pdf);
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (cause) {
    throw new PdfTextError('The PDF could not be read to extract its text.', { cause });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      let lastY: number | null = null;
      for (const raw of content.items) {
        const item = raw as TextItem;
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5] ?? null;
        if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        if (y !== null) lastY = y;
      }
      pages.push(text);
    }
    return { pages, text: pages.join('\n\f\n') };
  } finally {
    await doc.destroy();
  }
}
