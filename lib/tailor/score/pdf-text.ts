/**
 * Text of a PDF as an applicant tracking system reads it, through pdf.js. The pdf.js
 * module is passed in so the same code runs in Node (legacy build, see
 * `../node/pdf-text-node.ts`) and in the browser (the regular build).
 */
import { actualTextSpans } from '@/lib/tex/pdf-actual-text';

/** The slice of pdf.js we use. */
export interface PdfJsLike {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ view?: number[]; getTextContent(params?: { includeMarkedContent?: boolean }): Promise<{ items: unknown[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export interface PdfText {
  pages: string[];
  text: string;
}

/** One line of text as read, with where it starts on the page (PDF points, origin bottom left). */
export interface PdfLine { text: string; x: number; y: number }
export interface PdfPageLines { width: number; height: number; lines: PdfLine[] }

export class PdfTextError extends Error {
  override name = 'PdfTextError';
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); }
}

interface TextItem { str?: string; hasEOL?: boolean; transform?: number[]; width?: number; type?: string; tag?: string | null }

/**
 * The lines of every page in reading order. A `/Span` with `/ActualText` (accsupp: icons,
 * letter-spaced headings) is read as its ActualText, as poppler and Acrobat read it; pdf.js
 * alone would give the glyphs' own letters ("I +1 (234)…", "int erests").
 */
export async function extractPdfLines(pdfjs: PdfJsLike, pdf: Uint8Array, options: { actualText?: boolean } = {}): Promise<PdfPageLines[]> {
  // `actualText: false` reads the glyphs alone, as pdf.js's own text extraction does.
  const spans = options.actualText === false ? [] : await actualTextSpans(pdf);
  // pdf.js takes ownership of the buffer; give it a copy so the caller's bytes stay usable.
  const data = new Uint8Array(pdf);
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (cause) {
    throw new PdfTextError('The PDF could not be read to extract its text.', { cause });
  }
  try {
    const pages: PdfPageLines[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.view ?? [0, 0, 612, 792];
      const items = (await page.getTextContent({ includeMarkedContent: true })).items as TextItem[];
      const pageSpans = spans[n - 1] ?? [];
      // Spans pdf.js saw must line up one to one with those in the content stream, else none is trusted.
      const spanCount = items.filter((i) => i.type === 'beginMarkedContentProps' && i.tag === 'Span').length;
      pages.push({ width: view[2] - view[0], height: view[3] - view[1], lines: pageLines(items, spanCount === pageSpans.length ? pageSpans : []) });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Spacing accents as fonts draw them, and the combining mark each stands for. */
const ACCENTS: Record<string, string> = {
  '´': '\u0301', '`': '\u0300', '¨': '\u0308', 'ˆ': '\u0302', '^': '\u0302', '˜': '\u0303', '~': '\u0303', '¯': '\u0304',
  '˘': '\u0306', '˙': '\u0307', '˚': '\u030A', 'ˇ': '\u030C', '˝': '\u030B',
};

function pageLines(items: TextItem[], spans: (string | null)[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let lastY: number | null = null;
  let spanIndex = 0;
  // Open marked-content sequences. As in poppler, the innermost ActualText wins: an icon wrapped
  // again inside a template's own labelled span reads as the inner (empty) text.
  const stack: { replace: string | null; emitted: boolean }[] = [];
  const replacing = () => [...stack].reverse().find((s) => s.replace !== null);
  // Where the last glyphs ended and their size: a raised or lowered glyph just right of them
  // (the A of the LaTeX logo, an ordinal's "th") continues the line rather than starting one.
  let lastEnd: number | null = null;
  let lastSize = 0;
  const continues = (x: number | null, y: number) =>
    x !== null && lastEnd !== null && Math.abs(y - lastY!) < 0.5 * lastSize && x >= lastEnd - 0.5 * lastSize && x <= lastEnd + lastSize;
  const put = (str: string, x: number | null, y: number | null, width = 0, size = 0) => {
    if (line === null || (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && line.text !== '' && !continues(x, y))) {
      line = { text: '', x: x ?? 0, y: y ?? 0 };
      lines.push(line);
      if (y !== null) lastY = y;
    }
    if (line.text === '' && x !== null) { line.x = x; line.y = y ?? line.y; }
    // An accent drawn as its own glyph over the next letter (LaTeX's OT1 \accent) joins it, as
    // poppler does: "Lyc´" + "ee" reads "Lycée".
    else if (x !== null && lastEnd !== null && x < lastEnd && ACCENTS[line.text.slice(-1)] && /^\p{L}/u.test(str)) {
      line.text = line.text.slice(0, -1) + (str[0] + ACCENTS[line.text.slice(-1)]).normalize('NFC') + str.slice(1);
      if (str.trim() !== '') { lastEnd = x + width; lastSize = size || lastSize; }
      return;
    }
    // Text that jumps back left or far right on the same line (a margin heading, a second
    // column) is another word, even where pdf.js puts no space between.
    else if (x !== null && lastEnd !== null && str.trim() !== '' && !/\s$/.test(line.text) && !/^\s/.test(str)
      && (x < lastEnd - 0.5 * lastSize || x > lastEnd + 0.6 * lastSize)) line.text += ' ';
    line.text += str;
    if (lastY === null && y !== null) lastY = y;
    if (x !== null && str.trim() !== '') { lastEnd = x + width; lastSize = size || lastSize; }
  };
  let spanJustRead = false;
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      const actual = item.type === 'beginMarkedContentProps' && item.tag === 'Span' && spanIndex < spans.length ? spans[spanIndex++] : null;
      stack.push({ replace: actual, emitted: false });
      spanJustRead = false;
      continue;
    }
    if (item.type === 'endMarkedContent') { const ended = stack.pop(); spanJustRead = Boolean(ended?.replace && ended.emitted); continue; }
    if (typeof item.str !== 'string') continue;
    const [x, y] = [item.transform?.[4] ?? null, item.transform?.[5] ?? null];
    const [width, size] = [item.width ?? 0, Math.abs(item.transform?.[3] ?? 0)];
    // A sliver of space right after a span read as text is where the span's last glyph stopped
    // short of its letter's end (OT1's cedilla drawn after its "c": "franç aise"), not a word
    // space: real ones are never under a tenth of the type size.
    const sliver = spanJustRead && item.str.trim() === '' && !item.hasEOL && width < 0.1 * size;
    spanJustRead = false;
    if (sliver) continue;
    const outer = replacing();
    // pdf.js's own spacing items (" ", or "" ending a line) stay: they say where words and lines
    // break. One narrower than a fifth of the type size that opens a span read as nothing (the
    // accent glyph of an OT1 letter, which sits a kern into the letter) is pdf.js's reading of that
    // kern, not a word space: "BALÁZS" read "BAL ÁZS". (XeTeX's spans around words hold word
    // spaces as narrow as that, so only empty spans are read this way.)
    if (outer?.replace === '' && !outer.emitted && item.str.trim() === '' && !item.hasEOL && width < 0.2 * size) continue;
    if (!outer || item.str.trim() === '') put(item.str, x, y, width, size);
    else if (!outer.emitted) {
      for (const frame of stack) frame.emitted = true;
      put(outer.replace!, x, y, width, size);
    }
    if (item.hasEOL) { line = null; }
  }
  return joinHyphenated(lines.filter((l) => l.text.trim() !== ''));
}

/**
 * A word hyphenated at a line end ("posi-" / "tion,") is read whole, as poppler reads it: the
 * hyphen goes and the rest of the word moves up. Like poppler, a real hyphen that falls at a
 * line end before a lower-case word is taken for hyphenation too.
 */
function joinHyphenated(lines: PdfLine[]): PdfLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    if (!/\p{L}-$/u.test(lines[i].text) || !/^\p{Ll}/u.test(next.text)) continue;
    const m = next.text.match(/^\S+\s*/)!;
    lines[i].text = lines[i].text.slice(0, -1) + m[0].trimEnd();
    next.text = next.text.slice(m[0].length);
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/** Extracts the text of every page, one line per text line. */
export async function extractPdfText(pdfjs: PdfJsLike, pdf: Uint8Array): Promise<PdfText> {
  const pages = (await extractPdfLines(pdfjs, pdf)).map((p) => p.lines.map((l) => l.text).join('\n'));
  return { pages, text: pages.join('\n\f\n') };
}
