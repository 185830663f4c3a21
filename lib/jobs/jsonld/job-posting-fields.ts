/** Maps a schema.org JobPosting object onto the fields Bespoke keeps. */
import { clean } from '../dom.ts';
import { decodeEntities, htmlStringToText, looksLikeHtml } from '../html-fragment.ts';
import { formatPlaces } from '../location.ts';
import type { FieldSet } from '../fields.ts';

type JsonObject = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? clean(decodeEntities(v)) : null;
}

function orgName(v: unknown): string | null {
  if (Array.isArray(v)) return orgName(v[0]);
  if (typeof v === 'string') return str(v);
  if (typeof v === 'object' && v !== null) return str((v as JsonObject).name);
  return null;
}

function isRemote(posting: JsonObject): boolean {
  const t = posting.jobLocationType;
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && /TELECOMMUTE/i.test(x));
}

function location(posting: JsonObject): string | null {
  const places = formatPlaces(posting.jobLocation);
  const remote = isRemote(posting);
  if (places) return remote && !/remote/i.test(places) ? `Remote · ${places}` : places;
  if (!remote) return null;
  const where = formatPlaces(posting.applicantLocationRequirements);
  return where ? `Remote (${where})` : 'Remote';
}

const UNIT: Record<string, string> = { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' };

function salary(posting: JsonObject): string | null {
  const base = posting.baseSalary ?? posting.estimatedSalary;
  if (typeof base !== 'object' || base === null) return str(base);
  const b = (Array.isArray(base) ? base[0] : base) as JsonObject;
  const currency = str(b.currency) ?? '';
  const value = b.value;
  const fmt = (n: unknown): string | null => (typeof n === 'number' ? n.toLocaleString('en-US') : str(n));
  if (typeof value === 'object' && value !== null) {
    const v = value as JsonObject;
    const min = fmt(v.minValue);
    const max = fmt(v.maxValue);
    const single = fmt(v.value);
    const range = min && max && min !== max ? `${min}–${max}` : (min ?? max ?? single);
    if (!range) return null;
    const unit = typeof v.unitText === 'string' ? UNIT[v.unitText.toUpperCase()] : undefined;
    return [currency, range, unit].filter(Boolean).join(' ');
  }
  const single = fmt(value);
  return single ? [currency, single].filter(Boolean).join(' ') : null;
}

function employmentType(posting: JsonObject): string | null {
  const t = posting.employmentType;
  const list = (Array.isArray(t) ? t : [t]).map(str).filter((x): x is string => !!x);
  return list.length ? list.map((x) => x.replace(/_/g, '-').toLowerCase()).join(', ') : null;
}

/**
 * The fields of one JobPosting. The description is converted to clean text; its HTML (when it
 * had markup) is kept raw in `descriptionHtmlRaw` for the sanitiser.
 */
export function jobPostingFields(doc: Document, posting: JsonObject, warnings: string[]): FieldSet {
  let rawDescription = typeof posting.description === 'string' ? posting.description : null;
  // Some boards escape the HTML twice ("&lt;p&gt;"): undo one level so the markup is kept.
  if (rawDescription && !looksLikeHtml(rawDescription) && /&lt;\/?(p|br|li|ul|div|b|strong)\b/i.test(rawDescription)) {
    rawDescription = decodeEntities(rawDescription);
  }
  const description = rawDescription ? htmlStringToText(doc, rawDescription, warnings) : null;
  return {
    title: str(posting.title) ?? str(posting.name),
    company: orgName(posting.hiringOrganization),
    location: location(posting),
    remote: isRemote(posting),
    description: description || null,
    descriptionHtmlRaw: rawDescription && looksLikeHtml(rawDescription) ? rawDescription : null,
    salary: salary(posting),
    employmentType: employmentType(posting),
    datePosted: str(posting.datePosted),
    raw: posting,
  };
}
