/**
 * Postings that live only in a script object: knockout/React apps that render the ad in the
 * browser from `new Detail({...})` or `window.__STATE__ = {...}` (corpus ultipro-d1, UKG Pro).
 * A saved page, or a reader that runs no scripts, sees empty headings; the object has it all.
 */
import type { FieldSet } from './fields.ts';

const MAX_SCRIPT_CHARS = 2_000_000;
const MIN_DESCRIPTION_CHARS = 200;

/** The balanced `{…}` starting at `start` (strings and escapes respected), or null. */
function balancedObject(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const key = (o: Obj, names: string[]): unknown => {
  const found = Object.keys(o).find((k) => names.includes(k.toLowerCase()));
  return found ? o[found] : undefined;
};

/** The first object in the tree with a title and a long description, breadth first. */
function findPosting(root: unknown): Obj | null {
  const queue: unknown[] = [root];
  for (let n = 0; queue.length && n < 5000; n++) {
    const o = queue.shift();
    if (!o || typeof o !== 'object') continue;
    if (!Array.isArray(o)) {
      const title = str(key(o as Obj, ['title', 'jobtitle', 'opportunitytitle', 'name']));
      const description = str(key(o as Obj, ['description', 'jobdescription', 'descriptionhtml']));
      if (title && description && description.length >= MIN_DESCRIPTION_CHARS) return o as Obj;
    }
    queue.push(...Object.values(o));
  }
  return null;
}

function locationOf(o: Obj): string | null {
  const direct = str(key(o, ['location', 'locationname', 'joblocation']));
  if (direct) return direct;
  const list = key(o, ['locations']);
  if (!Array.isArray(list)) return null;
  const names = list.map((l) => (l && typeof l === 'object' ? str(key(l as Obj, ['localizedname', 'name', 'displayname'])) : str(l))).filter(Boolean);
  return names.length ? names.join(' · ') : null;
}

/** Title, location and description HTML from a posting object in an inline script, or null. */
export function postingFromScripts(doc: Document): FieldSet | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = script.getAttribute('type') ?? '';
    if (/ld\+json/i.test(type)) continue; // JSON-LD has its own reader.
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    if (!/"(description|Description|jobDescription)"\s*:/.test(text)) continue;
    for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
      const literal = balancedObject(text, at);
      if (!literal || literal.length < MIN_DESCRIPTION_CHARS) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(literal);
      } catch {
        continue; // Not JSON (plain code): the next brace may open one.
      }
      const posting = findPosting(parsed);
      if (!posting) {
        at += literal.length - 1; // Nothing inside this object; skip past it.
        continue;
      }
      const description = str(key(posting, ['description', 'jobdescription', 'descriptionhtml']));
      return {
        title: str(key(posting, ['title', 'jobtitle', 'opportunitytitle', 'name'])),
        location: locationOf(posting),
        descriptionHtmlRaw: description,
      };
    }
  }
  return null;
}
