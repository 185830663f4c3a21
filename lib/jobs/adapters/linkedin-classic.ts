/** LinkedIn's signed-in job views (jobs/view and jobs/search?currentJobId=) in the classic markup. */
import { firstMatch, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import type { FieldSet } from '../fields.ts';

const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.t-24.t-bold.inline',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name a',
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name a',
  '.jobs-unified-top-card__company-name',
];
const LOCATION = [
  '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.jobs-unified-top-card__bullet',
];
// `#job-details` starts with an "About the job" heading; its `.mt4` child is the ad itself.
const DESCRIPTION = ['#job-details > .mt4', '#job-details', '.jobs-description__content .jobs-box__html-content', '.jobs-description-content__text'];
const WORKPLACE = /^(on-site|remote|hybrid|full-time|part-time|contract|temporary|internship|volunteer|other)$/i;

/** True when the page carries the classic signed-in top card. */
export function isLinkedInClassic(doc: Document): boolean {
  return firstMatch(doc, [...TITLE.slice(1, 3), '.jobs-search__job-details--container']) !== null;
}

/** Reads the classic signed-in job details pane. */
export function extractLinkedInClassic(doc: Document): FieldSet {
  const scope = firstMatch(doc, ['.jobs-search__job-details--container', '.jobs-details', '.job-view-layout']) ?? doc;
  const chips = Array.from(scope.querySelectorAll('.job-details-fit-level-preferences button, .job-details-preferences-and-skills__pill'))
    .map((el) => inlineText(el))
    .filter((t): t is string => !!t && WORKPLACE.test(t));
  const place = textOf(scope, LOCATION);
  const location = place && chips.length ? `${place} (${chips.join(', ')})` : place;
  return {
    title: textOf(scope, TITLE),
    company: textOf(scope, COMPANY),
    location,
    descriptionElement: firstMatch(scope, DESCRIPTION),
    employmentType: chips.find((c) => /time|contract|temporary|internship/i.test(c)) ?? null,
  };
}
