/**
 * LinkedIn's newer server-driven UI (2025+): every class name is a hash, so we anchor on the
 * stable attributes instead: `componentkey="JobDetails_AboutTheJob_<id>"`,
 * `data-testid="expandable-text-box"`, the company's `aria-label="Company, <name>."` and the
 * top card's paragraph order (company, title, location line, chips).
 */
import { documentTitle } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import type { FieldSet } from '../fields.ts';

const WORKPLACE = /^(on-site|remote|hybrid|full-time|part-time|contract|temporary|internship|volunteer)$/i;

/** True when the page uses the SDUI job details components. */
export function isLinkedInSdui(doc: Document): boolean {
  return doc.querySelector('[componentkey^="JobDetails_AboutTheJob"], [data-sdui-screen*="JobDetails"]') !== null;
}

function aboutComponent(doc: Document, jobId: string | null): Element | null {
  const exact = jobId ? doc.querySelector(`[componentkey="JobDetails_AboutTheJob_${jobId}"]`) : null;
  return exact ?? doc.querySelector('[componentkey^="JobDetails_AboutTheJob"]');
}

/** Nearest ancestor of `from` that also holds the company label: the job's own column. */
function jobColumn(from: Element | null, doc: Document): ParentNode {
  for (let el = from?.parentElement ?? null, i = 0; el && i < 12; el = el.parentElement, i++) {
    if (el.querySelector('[aria-label^="Company, "]')) return el;
  }
  return doc.querySelector('[data-view-name="job-detail-page"]') ?? doc;
}

function companyName(scope: ParentNode): string | null {
  const label = scope.querySelector('[aria-label^="Company, "]')?.getAttribute('aria-label');
  const fromLabel = label?.replace(/^Company,\s*/, '').replace(/\.\s*$/, '').trim();
  return fromLabel || inlineText(scope.querySelector('a[href*="/company/"] p, p a[href*="/company/"]'));
}

/** Reads the SDUI job details (signed-in job view, or the search page's open job). */
export function extractLinkedInSdui(doc: Document, jobId: string | null): FieldSet {
  const about = aboutComponent(doc, jobId);
  const scope = jobColumn(about, doc);
  const company = companyName(scope);
  // The top card's paragraphs come in order: company, title, "place · posted · applicants".
  const paragraphs = Array.from(scope.querySelectorAll('p'))
    .filter((p) => !p.closest('[componentkey^="JobDetails"]') && !p.closest('a[href*="/company/"]'))
    .map((p) => ({ p: p as Element, text: inlineText(p) ?? '' }))
    .filter((x) => x.text !== '' && x.text !== company);
  const titleEntry = paragraphs[0];
  const locationLine = paragraphs[1];
  const place = locationLine ? inlineText(locationLine.p.querySelector('span')) ?? locationLine.text.split(' · ')[0] : null;
  const chips = Array.from(scope.querySelectorAll('button'))
    .filter((b) => !b.closest('[componentkey^="JobDetails"]'))
    .map((b) => inlineText(b))
    .filter((t): t is string => !!t && WORKPLACE.test(t));
  const location = place && chips.length ? `${place} (${chips.join(', ')})` : place;

  // <title> is "Title | Company | LinkedIn" on the job view: a fallback when the card moves.
  const titleParts = (documentTitle(doc) ?? '').split(' | ');
  const fromTitleTag = titleParts.length === 3 && titleParts[2] === 'LinkedIn' ? titleParts : null;
  return {
    title: titleEntry?.text ?? fromTitleTag?.[0] ?? null,
    company: company ?? fromTitleTag?.[1] ?? null,
    location,
    descriptionElement: about?.querySelector('[data-testid="expandable-text-box"]') ?? null,
    employmentType: chips.find((c) => /time|contract|temporary|internship/i.test(c)) ?? null,
  };
}
