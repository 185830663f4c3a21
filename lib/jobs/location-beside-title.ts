/**
 * The location a careers page prints beside the job title, unlabelled by any class name: a line
 * after a map-pin icon (corpus spacecrew-d1), or a short line under the heading that the page's
 * `<title>` or its meta description also names right after the job title ("Software Engineer -
 * USDS - San Jose, California, United States"; "Sr. Staff TPM - Reliability, Mountain View,
 * California; San Francisco, California. Join us!").
 */
import { documentTitle } from './dom.ts';
import { isCountryName } from './country-names.ts';
import { isPlaceLabel, labelledPlace } from './fact-lines.ts';
import { inlineText } from './html-text.ts';

const PIN = /map|pin|location|marker|place|geo/i;
const MAX_CHARS = 80;
// How far after the heading (in text-bearing elements) the line may sit.
const MAX_LEAVES = 12;

function iconHint(el: Element): string {
  const use = el.querySelector('use');
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('alt') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${use?.getAttribute('href') ?? ''}`;
}

interface Line { el: Element; text: string }

/** An element's own words, without its child elements' (a place line with an Apply button inside). */
function ownText(el: Element): string {
  return Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Lines after `start` in document order: leaf elements (no element children with text) and the
 * own text of elements that hold text beside their children.
 */
function linesAfter(doc: Document, start: Element, max = MAX_LEAVES): Line[] {
  const all = Array.from(doc.querySelectorAll('body *'));
  const out: Line[] = [];
  for (let i = all.indexOf(start) + 1; i < all.length && out.length < max; i++) {
    const el = all[i];
    if (start.contains(el) || /^(SCRIPT|STYLE|SVG|PATH|USE|CIRCLE|RECT|LINE)$/i.test(el.tagName)) continue;
    const text = inlineText(el);
    if (!text) continue;
    if (!Array.from(el.children).some((c) => inlineText(c))) out.push({ el, text });
    else if (ownText(el)) out.push({ el, text: ownText(el) });
  }
  return out;
}

/** What the page's title and meta descriptions say right after the job title, split at separators. */
function namedAfterTitle(doc: Document, title: string): string[] {
  const sources = [documentTitle(doc), ...Array.from(doc.querySelectorAll('meta[name="description"], meta[property="og:description"]')).map((m) => m.getAttribute('content'))];
  const out: string[] = [];
  for (const source of sources) {
    const text = source?.replace(/\s+/g, ' ').trim() ?? '';
    if (!text.startsWith(title)) continue;
    const rest = text.slice(title.length);
    out.push(...rest.split(/\s+[-–|]\s+/).map((p) => p.trim()).filter(Boolean));
    // "Title, Place. More words": the part before the first sentence end.
    const sentence = /^\s*[,–-]?\s*([^.!?]+)[.!?]/.exec(rest)?.[1]?.trim();
    if (sentence) out.push(sentence);
  }
  return out;
}

/**
 * "San Francisco, California, United States — Go To Market" → its place: a line whose first
 * part is a list of short names that ends with a country.
 */
function placeEndingInCountry(text: string): string | null {
  const place = text.split(/\s+[—–|·]\s+/)[0]?.trim() ?? '';
  if (place.length > MAX_CHARS) return null;
  const parts = place.split(/\s*,\s*/);
  const shortNames = parts.every((p) => p && p.split(' ').length <= 4 && !/[.!?:;]$/.test(p));
  return parts.length >= 2 && shortNames && isCountryName(parts[parts.length - 1]) ? place : null;
}

// How far into the ad a labelled place line ("Arbeitsort" above the address) may sit.
const MAX_LABELLED_LINES = 400;

/**
 * The place a labelled line names anywhere in the ad ("Lieu de travail: Fribourg", "📍 Astana"),
 * or the line after a label alone ("Arbeitsort" over the address). Looked for further down than
 * the unlabelled lines, so it is asked only when no method found a place (an ad's own "Location:
 * Americas" must not override the header's, corpus startupjobs-d1).
 */
export function labelledPlaceAfter(doc: Document, h1: Element | null): string | null {
  if (!h1) return null;
  const lines = linesAfter(doc, h1, MAX_LABELLED_LINES);
  for (let i = 0; i < lines.length; i++) {
    const { el, text } = lines[i]!;
    const own = labelledPlace(text);
    if (own) return own;
    if (!isPlaceLabel(text)) continue;
    // A label alone ("<strong>Location:</strong> Remote - USA"): its value is the text beside it,
    // else the next line ("Arbeitsort" over the address).
    const beside = el.parentElement ? labelledPlace(inlineText(el.parentElement) ?? '') : null;
    if (beside) return beside;
    if (lines[i + 1] && lines[i + 1]!.text.length <= MAX_CHARS) return lines[i + 1]!.text;
  }
  return null;
}

/** The location beside the heading `h1`, or null. */
export function locationBesideTitle(doc: Document, h1: Element | null): string | null {
  if (!h1) return null;
  const lines = linesAfter(doc, h1);
  for (const { el, text } of lines) {
    const icon = el.previousElementSibling;
    if (icon && /^(svg|i|img|span)$/i.test(icon.tagName) && !inlineText(icon) && PIN.test(iconHint(icon))) {
      if (text.length <= MAX_CHARS) return text;
    }
  }
  const title = inlineText(h1) ?? '';
  if (!title) return null;
  const named = namedAfterTitle(doc, title);
  const fromTitle = lines.find(({ text }) => text.includes(',') && text.length <= MAX_CHARS && named.includes(text))?.text;
  return fromTitle ?? lines.map(({ text }) => placeEndingInCountry(text)).find(Boolean) ?? null;
}
