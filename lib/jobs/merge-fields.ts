/** Combines what each extraction method found into one posting, field by field. */
import { splitRepeatedHeader } from './description-start.ts';
import { clean } from './dom.ts';
import type { FieldSet } from './fields.ts';
import { employmentTypeIn, saysRemote } from './posting-facts.ts';
import { sanitizeDescriptionHtml } from './sanitize.ts';
import type { ExtractedJob, ExtractionSource } from './types.ts';

export interface MethodResult {
  source: ExtractionSource;
  fields: FieldSet;
}

type Merged = Omit<ExtractedJob, 'url' | 'board'>;

const MAX_DESCRIPTION_CHARS = 100_000;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Structured data describing a different job than the one on screen is stale: single-page apps
 * keep the first job's JSON-LD in <head> while the user moves on.
 */
function isStale(jsonLd: FieldSet, adapters: FieldSet[]): boolean {
  const shown = adapters.find((f) => f.title)?.title;
  const declared = jsonLd.title;
  if (!shown || !declared) return false;
  const a = norm(shown);
  const b = norm(declared);
  return a !== b && !a.includes(b) && !b.includes(a);
}

function pick<K extends keyof FieldSet>(list: FieldSet[], key: K): string | null {
  for (const f of list) {
    const v = clean(f[key]);
    if (v) return v;
  }
  return null;
}

/** "Frontend Engineer (Contract) // Contentful" → "Frontend Engineer (Contract)" when Contentful is the company. */
function withoutCompany(title: string | null, company: string | null): string | null {
  if (!title || !company) return title;
  const m = /^(.+?)\s+(?:\/\/|\||–|—|-|@|at)\s+(.+)$/.exec(title);
  return m && norm(m[2]) === norm(company) ? m[1] : title;
}

/**
 * The page's place line ("Весь світ", "Hamburg") with the structured data's remote flag: a
 * remote job is what people filter by, and the visible line often names only the area.
 */
function withRemote(location: string | null, remote: boolean): string | null {
  if (!remote || !location || saysRemote(location)) return location;
  return `Remote · ${location}`;
}

/** The merged posting (without url and board): see the module docs for the precedence. */
export function mergeFields(doc: Document, methods: MethodResult[], warnings: string[]): Merged {
  const jsonLd = methods.find((m) => m.source === 'jsonld');
  const adapterFields = methods.filter((m) => m.source.startsWith('adapter:')).map((m) => m.fields);
  let usable = methods;
  if (jsonLd && isStale(jsonLd.fields, adapterFields)) {
    warnings.push('The page’s structured data describes another job than the one shown; ignored it.');
    usable = methods.filter((m) => m !== jsonLd);
  }
  for (const m of usable) warnings.push(...(m.fields.warnings ?? []));
  const all = usable.map((m) => m.fields);
  const structuredFirst = [...all.filter((f) => f === jsonLd?.fields), ...all.filter((f) => f !== jsonLd?.fields)];
  // Location: the board's visible line ("Camberwell VIC 3124", "Melbourne VIC (Remote)") is what
  // the reader sees; JSON-LD addresses are fragments we would have to assemble.
  const visibleFirst = [...adapterFields.filter((f) => all.includes(f)), ...all.filter((f) => !adapterFields.includes(f))];

  const winner = usable.find((m) => m.fields.description && m.fields.description.trim() !== '');
  let description = winner?.fields.description?.trim() ?? null;
  if (description && description.length > MAX_DESCRIPTION_CHARS) {
    description = description.slice(0, MAX_DESCRIPTION_CHARS);
    warnings.push(`The description was cut to ${MAX_DESCRIPTION_CHARS} characters.`);
  }
  const rawHtml = winner?.fields.descriptionHtmlRaw ?? winner?.fields.descriptionElement?.innerHTML ?? null;
  const problem = description ? null : (all.find((f) => f.descriptionProblem)?.descriptionProblem ?? 'missing');
  if (problem === 'placeholder') warnings.push('The page’s description is only a placeholder; paste the real one.');
  if (problem === 'image-only') warnings.push('The ad is an image; paste its text.');
  const titleSource = usable.find((m) => m.fields.title);
  const company0 = pick(structuredFirst, 'company');
  const title = withoutCompany(pick(structuredFirst, 'title'), company0);
  // A site name that only repeats the job title (corpus aijobs-d1) names no employer.
  const company = company0 && title && norm(company0) === norm(title) ? null : company0;
  const location = withRemote(pick(visibleFirst, 'location'), all.some((f) => f.remote));
  let headerLines: string[] = [];
  if (description) ({ header: headerLines, rest: description } = splitRepeatedHeader(description, { title, company, location }));

  return {
    source: winner?.source ?? titleSource?.source ?? 'none',
    title,
    company,
    location,
    description,
    descriptionHtml: rawHtml ? sanitizeDescriptionHtml(doc, rawHtml) : null,
    salary: pick(structuredFirst, 'salary'),
    // A "Full Time" chip dropped from the description's start still says the kind of job.
    employmentType: pick(structuredFirst, 'employmentType') ?? employmentTypeIn(headerLines.join('\n')),
    datePosted: pick(structuredFirst, 'datePosted'),
    jsonLd: jsonLd && usable.includes(jsonLd) ? jsonLd.fields.raw : undefined,
    descriptionProblem: problem,
    warnings: [...new Set(warnings)],
  };
}
