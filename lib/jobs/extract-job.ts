/**
 * Reads a job posting from a page: schema.org JSON-LD first, then the board's adapter, then
 * Readability on the main content, then the user's selection. Each method is isolated: one
 * that throws becomes a warning and the others still run.
 */
import { isApplicationForm, postingUrlForForm } from './application-form.ts';
import { headingElement } from './adapters/job-heading.ts';
import { adaptersForPage } from './boards.ts';
import { companyFromLogo, companyFromTenant } from './company-branding.ts';
import { safeUrl } from './dom.ts';
import type { FieldSet } from './fields.ts';
import { htmlStringToText } from './html-fragment.ts';
import { htmlToText, tidyText } from './html-text.ts';
import { findJobPostings } from './jsonld/find-job-postings.ts';
import { jobPostingFields } from './jsonld/job-posting-fields.ts';
import { mergeFields, type MethodResult } from './merge-fields.ts';
import { labelledPlaceAfter } from './location-beside-title.ts';
import { isImageOnly, isPlaceholderDescription } from './placeholder.ts';
import { readMainContent } from './readability.ts';
import type { BoardId, ExtractedJob } from './types.ts';

export interface ExtractOptions {
  /** Text the user selected on the page; used when no other method finds a description. */
  selection?: string;
}

// Shorter "descriptions" from Readability are page furniture, not an ad.
const MIN_READABILITY_CHARS = 200;

function fromJsonLd(doc: Document, warnings: string[]): FieldSet | null {
  const { postings, warnings: found } = findJobPostings(doc);
  warnings.push(...found);
  if (postings.length === 0) return null;
  if (postings.length > 1) warnings.push(`The page has ${postings.length} JobPosting blocks; used the first.`);
  return jobPostingFields(doc, postings[0], warnings);
}

/** Converts an adapter's description element into text, noting image-only ads. */
function settleDescription(doc: Document, input: FieldSet, warnings: string[]): FieldSet {
  const fields = input.descriptionParts?.length ? joinParts(input) : input;
  if (!fields.description && !fields.descriptionElement && fields.descriptionHtmlRaw) {
    return { ...fields, description: htmlStringToText(doc, fields.descriptionHtmlRaw, warnings) || null };
  }
  const el = fields.descriptionElement;
  if (!el || fields.description) return fields;
  if (isImageOnly(el)) return { ...fields, descriptionElement: null, descriptionProblem: 'image-only' };
  const text = htmlToText(el);
  return { ...fields, description: text || null, descriptionElement: text ? el : null };
}

/** A description split over sections: text joined by blank lines, HTML concatenated. */
function joinParts(fields: FieldSet): FieldSet {
  const parts = fields.descriptionParts ?? [];
  const text = parts.map((p) => htmlToText(p)).filter(Boolean).join('\n\n');
  if (parts.every((p) => isImageOnly(p) || !htmlToText(p))) {
    return { ...fields, descriptionProblem: parts.some(isImageOnly) ? 'image-only' : fields.descriptionProblem };
  }
  return { ...fields, description: text, descriptionHtmlRaw: parts.map((p) => p.outerHTML).join('\n') };
}

/** What an application form page yields: its heading at most, never its field labels. */
function formPage(doc: Document, url: string, board: BoardId, postingUrl: string | null, warnings: string[]): ExtractedJob {
  warnings.push(postingUrl ? `This is the application form; the posting is at ${postingUrl}.` : 'This is the application form, not the posting.');
  const title = doc.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return {
    url, board, source: 'none', title, company: null, location: null, description: null, descriptionHtml: null,
    descriptionProblem: 'missing', applicationForm: { postingUrl }, warnings,
  };
}

function attempt(label: string, warnings: string[], run: () => FieldSet | null): FieldSet | null {
  try {
    return run();
  } catch (err) {
    warnings.push(`${label} failed: ${(err as Error).message}`);
    return null;
  }
}

/**
 * Extracts the posting shown in `doc`, whose address is `url`.
 * Works on a live browser document (content script) and on linkedom / jsdom documents in Node;
 * the document is never modified.
 */
export function extractJob(doc: Document, url: string, options: ExtractOptions = {}): ExtractedJob {
  const warnings: string[] = [];
  const u = safeUrl(url);
  const adapters = adaptersForPage(doc, u, warnings);
  const board: BoardId = adapters[0].id;
  const methods: MethodResult[] = [];
  if (attempt('Checking for an application form', warnings, () => (isApplicationForm(doc, u) ? {} : null))) {
    return formPage(doc, url, board, postingUrlForForm(u), warnings);
  }

  const jsonLd = attempt('Reading JSON-LD', warnings, () => fromJsonLd(doc, warnings));
  if (jsonLd) {
    if (isPlaceholderDescription(jsonLd.description)) {
      jsonLd.description = null;
      jsonLd.descriptionHtmlRaw = null;
      jsonLd.descriptionProblem = 'placeholder';
    }
    methods.push({ source: 'jsonld', fields: jsonLd });
  }
  for (const adapter of adapters) {
    const fields = attempt(`The ${adapter.id} adapter`, warnings, () => adapter.extract(doc, u));
    if (fields) methods.push({ source: `adapter:${adapter.id}`, fields: settleDescription(doc, fields, warnings) });
  }

  const found = (key: keyof FieldSet): boolean => methods.some((m) => !!m.fields[key]);
  // The job's heading, looked for once: Readability and the labelled place both start from it.
  let heading: Element | null | undefined;
  const jobHeading = (): Element | null => (heading === undefined ? (heading = headingElement(doc)) : heading);
  // Some boards cut the structured description to a sentence (corpus jointaro-d1); the page
  // then shows the whole ad, which Readability is asked for below.
  const shortStructured = !!jsonLd?.description && jsonLd.description.length < MIN_READABILITY_CHARS * 2 && !methods.some((m) => m !== methods[0] && m.fields.description);
  // Readability only where it cannot mistake furniture for an ad: a page no board adapter
  // claimed, or a job whose header we found but whose description markup moved. A page whose
  // structured data says the ad is elsewhere (a placeholder) is not second-guessed.
  const placeholder = methods.some((m) => m.fields.descriptionProblem === 'placeholder');
  if ((!found('description') || shortStructured) && !placeholder && (board === 'generic' || found('title'))) {
    const main = attempt('Readability', warnings, () => {
      // A careers page that names the job in an h2 or h3 below its own heading: the ad follows it.
      const heading = board === 'generic' ? jobHeading() : null;
      const el = readMainContent(doc, heading && !/^h1$/i.test(heading.tagName) ? heading : null);
      return el ? settleDescription(doc, { descriptionElement: el }, warnings) : null;
    });
    if (main?.description && main.description.length >= MIN_READABILITY_CHARS) {
      if (shortStructured && jsonLd && main.description.length > (jsonLd.description ?? '').length) {
        jsonLd.description = null;
        jsonLd.descriptionHtmlRaw = null;
      }
      methods.push({ source: 'readability', fields: main });
    }
  }
  const selection = options.selection ? tidyText(options.selection) : '';
  if (selection) methods.push({ source: 'selection', fields: { description: selection } });

  const merged = mergeFields(doc, methods, warnings);
  // No field named the employer: the site's branding does (logo, then the ATS tenant).
  if (!merged.company) merged.company = attempt('Reading the branding', warnings, () => ({ company: companyFromLogo(doc) ?? companyFromTenant(u) }))?.company ?? null;
  // No method found a place: a labelled line in the ad says it ("Lieu de travail: Fribourg").
  if (!merged.location) merged.location = attempt('Reading a labelled place', warnings, () => ({ location: labelledPlaceAfter(doc, jobHeading()) }))?.location ?? null;
  return { url, board, ...merged };
}
