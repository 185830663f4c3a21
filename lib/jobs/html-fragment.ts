/**
 * Parses an untrusted HTML string (a JSON-LD description) into an inert node tree, without
 * touching the live page: nothing is attached, no image loads, no script runs.
 */
import { htmlToText, tidyText } from './html-text.ts';

/** Thrown when no inert parser is available in this DOM. */
export class HtmlParseError extends Error {
  override name = 'HtmlParseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Parses `html` into a detached node. Browsers and jsdom get a fresh document from
 * `implementation.createHTMLDocument` (no browsing context, so inert); linkedom, which lacks it,
 * gets a `<template>` whose content is inert by definition.
 */
export function parseFragment(doc: Document, html: string): Node {
  const impl = (doc as Partial<Document>).implementation;
  if (impl && typeof impl.createHTMLDocument === 'function') {
    const inert = impl.createHTMLDocument('');
    inert.body.innerHTML = html;
    return inert.body;
  }
  const tpl = doc.createElement('template') as HTMLTemplateElement;
  tpl.innerHTML = html;
  if (!tpl.content) throw new HtmlParseError('This DOM cannot parse HTML fragments inertly.');
  return tpl.content;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·',
};

/** Decodes the common named and all numeric HTML entities, without a DOM. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** True when a string carries markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|br|div|ul|ol|li|b|strong|em|i|h[1-6]|span|table)\b[^>]*>/i.test(s);
}

/**
 * Clean text from an HTML-or-plain string (a JSON-LD description). When no inert parser works
 * (e.g. a page's Trusted Types policy refuses it), a tag-level fallback keeps paragraphs and bullets.
 */
export function htmlStringToText(doc: Document, value: string, warnings: string[]): string {
  let s = value;
  // Some boards escape the HTML twice ("&lt;p&gt;"): undo one level first.
  if (!looksLikeHtml(s) && /&lt;\/?(p|br|li|ul|div|strong|b)\b/i.test(s)) s = decodeEntities(s);
  if (!looksLikeHtml(s)) return tidyText(decodeEntities(s));
  try {
    return htmlToText(parseFragment(doc, s));
  } catch (err) {
    warnings.push(`Read the description markup with a simple fallback (${(err as Error).message}).`);
    const rough = s
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>|<\/br>/gi, '\n')
      .replace(/<li[^>]*>/gi, '\n\u0001')
      .replace(/<\/(p|div|h[1-6]|ul|ol|li|section)>/gi, '\n\n')
      .replace(/<[^>]+>/g, '');
    return tidyText(decodeEntities(rough));
  }
}
