/**
 * Ashby hosted job pages (a React app). The rendered page has stable `ashby-job-posting-*`
 * class names for the heading and panes; the server also embeds the posting as
 * `window.__appData`, used when the app has not rendered yet.
 * Test URLs:
 *   https://jobs.ashbyhq.com/northwind/0b6f4d1e-7a2c-4f3b-9d8e-1c5a2b7e9f40
 *   https://jobs.ashbyhq.com/northwind/0b6f4d1e-7a2c-4f3b-9d8e-1c5a2b7e9f40/application
 */
import { clean, documentTitle, firstMatch, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import { parseLenientJson } from '../jsonld/lenient-json.ts';
import { hostIs, type JobAdapter } from './adapter.ts';
import type { FieldSet } from '../fields.ts';

interface AppData {
  organization?: { name?: string };
  posting?: { title?: string; locationName?: string; employmentType?: string; descriptionHtml?: string };
}

function appData(doc: Document): AppData | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const text = script.textContent ?? '';
    const start = text.indexOf('window.__appData');
    if (start < 0) continue;
    const json = text.slice(text.indexOf('=', start) + 1).trim().replace(/;\s*$/, '');
    return parseLenientJson(json) as AppData;
  }
  return null;
}

/** The value under a left-pane heading ("Location", "Employment Type"). */
function leftPaneValue(doc: Document, label: RegExp): string | null {
  for (const h of Array.from(doc.querySelectorAll('.ashby-job-posting-left-pane h2'))) {
    if (label.test(inlineText(h) ?? '')) return inlineText(h.nextElementSibling);
  }
  return null;
}

export const ashbyAdapter: JobAdapter = {
  id: 'ashby',
  matchPatterns: ['https://jobs.ashbyhq.com/*'],
  matches: (url) => hostIs(url.hostname, 'jobs.ashbyhq.com'),
  sniff: (doc) => doc.querySelector('.ashby-job-posting-heading, .ashby-job-posting-left-pane') !== null,
  jobKey: (url) => {
    const id = url.pathname.match(/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i)?.[1];
    return id ? `ashby:${id.toLowerCase()}` : null;
  },
  extract(doc) {
    const data = appData(doc);
    // The tab title is "Title @ Company".
    const titleTag = (documentTitle(doc) ?? '').split(' @ ');
    const fields: FieldSet = {
      title: textOf(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-header h1']) ?? clean(data?.posting?.title),
      company: clean(data?.organization?.name) ?? (titleTag.length === 2 ? clean(titleTag[1]) : null),
      location: leftPaneValue(doc, /^location$/i) ?? clean(data?.posting?.locationName),
      employmentType: leftPaneValue(doc, /^employment type$/i) ?? clean(data?.posting?.employmentType),
      descriptionElement: firstMatch(doc, ['.ashby-job-posting-right-pane [class*="_descriptionText"]', '.ashby-job-posting-right-pane #overview']),
    };
    if (!fields.descriptionElement && data?.posting?.descriptionHtml) fields.descriptionHtmlRaw = data.posting.descriptionHtml;
    return fields;
  },
};
