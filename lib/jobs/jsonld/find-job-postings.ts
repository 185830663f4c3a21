/** Finds every schema.org JobPosting in a page's ld+json blocks (`@graph`, arrays, nesting). */
import { parseLenientJson } from './lenient-json.ts';

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJobPosting(obj: JsonObject): boolean {
  const t = obj['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(^|[/#:])JobPosting$/i.test(x.trim()));
}

// Depth limit: JobPostings sit at most a few levels down (@graph, mainEntity, itemListElement);
// a hostile page must not make us walk an enormous tree.
const MAX_DEPTH = 6;

function collect(node: unknown, depth: number, found: JsonObject[]): void {
  if (depth > MAX_DEPTH || found.length >= 20) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, depth + 1, found);
    return;
  }
  if (!isObject(node)) return;
  if (isJobPosting(node)) {
    found.push(node);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
    if (key in node) collect(node[key], depth + 1, found);
  }
}

/** Every JobPosting object on the page, in document order, plus notes about unreadable blocks. */
export function findJobPostings(doc: Document): { postings: JsonObject[]; warnings: string[] } {
  const postings: JsonObject[] = [];
  const warnings: string[] = [];
  // getElementsByTagName + a type check beats a case-insensitive attribute selector on big pages.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    // Cheap pre-check: most ld+json blocks are breadcrumbs or site search boxes.
    if (!/JobPosting/i.test(text)) continue;
    try {
      collect(parseLenientJson(text), 0, postings);
    } catch (err) {
      warnings.push(`Skipped an unreadable JSON-LD block: ${(err as Error).message}`);
    }
  }
  return { postings, warnings };
}
