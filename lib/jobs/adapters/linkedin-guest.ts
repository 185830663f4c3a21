/** LinkedIn's public (signed-out) job pages: /jobs/view/ and the search page's job pane. */
import { firstMatch, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import type { FieldSet } from '../fields.ts';

/** True when the page carries the guest top card. */
export function isLinkedInGuest(doc: Document): boolean {
  return doc.querySelector('.top-card-layout__title, .topcard__title') !== null;
}

function criteria(doc: Document, label: RegExp): string | null {
  for (const item of Array.from(doc.querySelectorAll('.description__job-criteria-item'))) {
    const head = inlineText(item.querySelector('.description__job-criteria-subheader'));
    if (head && label.test(head)) return inlineText(item.querySelector('.description__job-criteria-text'));
  }
  return null;
}

/** Reads the guest top card and description. */
export function extractLinkedInGuest(doc: Document): FieldSet {
  const titleEl = doc.querySelector('.top-card-layout__title, .topcard__title');
  // Queries stay inside the top card: the search page around it is large.
  const card: ParentNode = titleEl?.closest('.top-card-layout, section') ?? doc;
  // Without an org-name link the company is the first plain flavor span (corpus linkedin-4).
  const company =
    textOf(card, ['.topcard__org-name-link']) ??
    textOf(card, ['.topcard__flavor-row .topcard__flavor:not(.topcard__flavor--bullet):not(.topcard__flavor--metadata)']);
  return {
    title: inlineText(titleEl),
    company,
    location: textOf(card, ['.topcard__flavor--bullet']),
    descriptionElement: firstMatch(doc, ['.show-more-less-html__markup', '.description__text']),
    employmentType: criteria(doc, /employment type/i),
  };
}
