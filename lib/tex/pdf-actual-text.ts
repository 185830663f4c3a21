import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';
import { byteString } from './byte-string';

/**
 * The replacement text (`/ActualText`) of every `/Span` marked-content sequence of a PDF, per
 * page, in content-stream order. pdfTeX's `accsupp` writes them to say what an icon or a
 * letter-spaced heading means; poppler's pdftotext honours them, pdf.js's text extraction does
 * not, so Bespoke reads them here and substitutes them itself (see the tailor's pdf-text).
 * `null` marks a Span without ActualText (kept so positions line up with pdf.js's items).
 */
export async function actualTextSpans(pdf: Uint8Array): Promise<(string | null)[][]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    // Unreadable to pdf-lib: no spans known; the caller reads the PDF as pdf.js sees it.
    return [];
  }
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const parts: PDFObject[] = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)!) : contents ? [contents] : [];
    const text = parts.map((p) => (p instanceof PDFRawStream ? byteString(decodePDFRawStream(p).decode()) : '')).join('\n');
    return spansIn(text);
  });
}

/** Span BDC operators of one content stream (as latin-1 text), in order. Exported for tests. */
export function spansIn(content: string): (string | null)[] {
  const out: (string | null)[] = [];
  // `/Span <<…>> BDC`; the property list is short and holds no nested dictionaries in practice.
  for (const m of content.matchAll(/\/Span\s*<<([\s\S]*?)>>\s*BDC/g)) {
    const at = m[1].search(/\/ActualText\s*[(<]/);
    if (at === -1) { out.push(null); continue; }
    const start = m[1].indexOf('/ActualText') + '/ActualText'.length;
    out.push(readPdfString(m[1], start));
  }
  return out;
}

/** A PDF string object (literal or hex) starting at or after `from`, decoded to text. */
export function readPdfString(src: string, from: number): string {
  let i = from;
  while (/\s/.test(src[i] ?? '')) i++;
  let bytes = '';
  if (src[i] === '<') {
    const hex = src.slice(i + 1, src.indexOf('>', i)).replace(/\s+/g, '');
    for (let k = 0; k < hex.length; k += 2) bytes += String.fromCharCode(parseInt(hex.slice(k, k + 2).padEnd(2, '0'), 16));
  } else if (src[i] === '(') {
    let depth = 0;
    for (i++; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') {
        const n = src[++i];
        const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (n in esc) bytes += esc[n];
        else if (/[0-7]/.test(n)) {
          let oct = n;
          while (oct.length < 3 && /[0-7]/.test(src[i + 1] ?? '')) oct += src[++i];
          bytes += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (n === '\r' || n === '\n') { /* a line continuation */ }
        else bytes += n;
      } else if (c === '(') { depth++; bytes += c; }
      else if (c === ')') { if (depth === 0) break; depth--; bytes += c; }
      else bytes += c;
    }
  }
  return decodeTextString(bytes);
}

/** PDF text strings: UTF-16BE with a byte-order mark, else (close enough) latin-1. */
function decodeTextString(bytes: string): string {
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let s = '';
    for (let k = 2; k + 1 < bytes.length; k += 2) s += String.fromCharCode((bytes.charCodeAt(k) << 8) | bytes.charCodeAt(k + 1));
    return s;
  }
  // Templates that write ActualText with accsupp's escape method from UTF-8 source leave UTF-8
  // bytes here; read them as UTF-8 when they are valid UTF-8 (poppler reads them right too).
  if (/[\x80-\xff]/.test(bytes)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
    } catch { /* not UTF-8: PDFDocEncoding, read as latin-1 below */ }
  }
  return bytes;
}
