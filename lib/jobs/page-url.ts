/** Finds a saved page's own address, for extraction without a known URL (the CLI). */
import { metaContent } from './dom.ts';

/** The page's canonical URL, else its og:url; null when the page names neither (absolute http(s) only). */
export function inferPageUrl(doc: Document): string | null {
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, metaContent(doc, 'og:url')];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c.trim())) return c.trim();
  }
  return null;
}
