/** Formats schema.org places and addresses as the single line people expect ("Kalubowila, Western, Sri Lanka"). */
import { clean } from './dom.ts';
import { decodeEntities } from './html-fragment.ts';

let regionNames: Intl.DisplayNames | null | undefined;

/** English country name for an ISO 3166 alpha-2 code; the input itself otherwise. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/i.test(code)) return code;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch (err) {
      // Runtimes built without full ICU: keep the code rather than guess a name.
      regionNames = null;
      console.warn('Country names unavailable; keeping ISO codes.', err);
    }
  }
  return regionNames?.of(code.toUpperCase()) ?? code;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return clean(decodeEntities(v));
  if (typeof v === 'object' && v !== null && 'name' in v) return text((v as { name: unknown }).name);
  return null;
}

/** One place (a Place, a PostalAddress or a plain string) as text; null when it says nothing. */
export function formatPlace(place: unknown): string | null {
  if (typeof place === 'string') return clean(decodeEntities(place));
  if (typeof place !== 'object' || place === null) return null;
  const p = place as Record<string, unknown>;
  const address = p.address ?? p;
  if (typeof address === 'string') return clean(decodeEntities(address));
  if (typeof address !== 'object' || address === null) return text(p.name);
  const a = address as Record<string, unknown>;
  const parts: string[] = [];
  const add = (v: string | null): void => {
    // Skip parts already contained in the text so far (Workday puts the country in the locality).
    if (v && !parts.some((x) => x.toLowerCase().includes(v.toLowerCase()))) parts.push(v);
  };
  add(text(a.addressLocality));
  add(text(a.addressRegion));
  const country = text(a.addressCountry);
  add(country ? countryName(country) : null);
  if (parts.length === 0) return text(p.name) ?? text(a.streetAddress);
  return parts.join(', ');
}

/** All places of a posting joined with " · " (duplicates removed). */
export function formatPlaces(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const s = formatPlace(item);
    if (s && !out.includes(s)) out.push(s);
  }
  return out.length ? out.join(' · ') : null;
}
