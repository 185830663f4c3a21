/** Small DOM helpers shared by the extractors; they work on browser, linkedom and jsdom documents. */
import { inlineText } from './html-text.ts';

/** First element matching any of the selectors, tried in order. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** Single-line text of the first element matching any selector; null when absent or empty. */
export function textOf(root: ParentNode, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const t = inlineText(root.querySelector(sel));
    if (t) return t;
  }
  return null;
}

/** Content of a `<meta property|name=…>` tag; null when absent or empty. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** The page's `<title>` (the first one in `<head>`; SVGs carry their own titles). */
export function documentTitle(doc: Document): string | null {
  return inlineText(doc.querySelector('head > title') ?? doc.querySelector('title'));
}

/** Collapses whitespace and trims; null for empty / non-string input. */
export function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Parses a URL, returning null instead of throwing for junk. */
export function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // Not an absolute URL (e.g. a saved page without one): callers fall back to page sniffing.
    return null;
  }
}
