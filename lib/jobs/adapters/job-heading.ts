/**
 * The heading that names the job on a careers page of any company. Usually the h1; but small
 * company sites title the page "Karriere", "Offre d'emploi." or a slogan ("Komm ins Team.") and
 * name the job in an h2 or h3 below it, and web apps style an h4 as the job's heading.
 */
import { documentTitle, metaContent } from '../dom.ts';
import { inlineText } from '../html-text.ts';

// Headings inside menus are the site's navigation ("Working at Waymo", corpus clinch-d1).
const MENU = 'nav, [role="navigation"], [role="menu"], .dropdown-menu, .navbar, .menu, header nav';
// Boards glue their buttons into the heading ("Java Developer (m/w/d) Jetzt bewerben").
const BUTTON_TAIL = /\s+(apply now|apply|jetzt bewerben|bewerben|postuler|candidatar-se|aplicar)$/i;
// Headings that name the page, not a job, in the languages capture reads.
const PAGE_NAMES = new RegExp(`^(${[
  'careers?', 'jobs?', 'job openings?', 'open positions', 'vacancies', 'join us', 'join our team', 'work with us', 'job offer', 'job details',
  'karriere', 'jobs (&|und) karriere', 'stellenangebote?', 'stellenausschreibung', 'offene stellen',
  'carri[eè]res?', 'offres? d.emploi', 'emplois?', 'rejoignez-nous',
  'ofertas? de empleo', 'empleo', 'trabaja con nosotros', 'lavora con noi', 'offerte di lavoro',
  'vagas?', 'detalhes da vaga', 'trabalhe conosco', 'carreiras?',
  'vacatures?', 'werken bij', 'kariera', 'praca', 'oferty pracy', 'dołącz do nas',
].join('|')})$`, 'i');
// "(m/w/d)", "(w/m/d)", "(h/f)", "(M/K)": how job titles in Europe say they are open to all.
const GENDER_MARK = /\((?:m|w|d|f|h|x|k|div)(?:\s*[/|,]\s*(?:m|w|d|f|h|x|k|div))+\)/i;
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;
const MAX_TITLE_CHARS = 120;
const TITLE_SEPARATORS = /\s+[|–—·:-]\s+/;

const textOf = (h: Element): string => inlineText(h) ?? '';
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A heading that names the page ("Karriere") or says a sentence ("Komm ins Team."), not a job. */
export function namesThePage(text: string): boolean {
  const t = text.trim();
  return PAGE_NAMES.test(t.replace(/[.:!]+$/, '')) || /[.!]$/.test(t);
}

/** A heading that reads as a title: not a sentence, a question, a section label or an emoji label. */
function readsAsTitle(text: string): boolean {
  return !!text && text.length <= MAX_TITLE_CHARS && !/[.!?:]$/.test(text) && !PICTOGRAPH_START.test(text) && !namesThePage(text);
}

/**
 * Whether the page's `<title>` (or og:title) names `text` as the job: contains it before its last
 * part (the last part, "… | SauberEco", is the site's name), or starts with it up to a suffix
 * ("Software Engineer" for the heading "Software Engineer - NY").
 */
function namedByPageTitle(text: string, pageTitle: string): boolean {
  const t = fold(text);
  if (t.length < 8) return false;
  const parts = pageTitle.split(TITLE_SEPARATORS);
  const withoutSite = parts.length > 1 ? parts.slice(0, -1).join(' | ') : pageTitle;
  if (withoutSite.includes(t)) return true;
  const first = parts[0]?.trim() ?? '';
  return first.split(' ').length >= 2 && t.startsWith(first);
}

/** The element {@link headingTitle} reads. */
export function headingElement(doc: Document): Element | null {
  const scope = doc.querySelector('main, [role="main"], article') ?? doc;
  const usable = (root: ParentNode, tags: string) => Array.from(root.querySelectorAll(tags)).filter((h) => !h.closest(MENU) && inlineText(h));
  const h1s = usable(scope, 'h1').length ? usable(scope, 'h1') : usable(doc, 'h1');
  const pageTitle = fold(documentTitle(doc) ?? metaContent(doc, 'og:title') ?? '');
  const h1 = h1s.find((h) => pageTitle.startsWith(fold(textOf(h)))) ?? h1s[0];
  const all = usable(doc, 'h1, h2, h3, h4');
  // A slogan h1 ("Mastering Marketing Strategies With Nexvora") under a <title> that is exactly
  // the heading below it ("Marketing Specialist").
  const exact = h1 && !pageTitle.startsWith(fold(textOf(h1))) ? all.find((h) => h !== h1 && readsAsTitle(textOf(h)) && fold(textOf(h)) === pageTitle.split(TITLE_SEPARATORS)[0]?.trim()) : undefined;
  if (exact) return exact;
  if (h1 && !namesThePage(textOf(h1))) return h1;
  // Headings in document order (linkedom's compareDocumentPosition cannot be trusted for this).
  const below = all.slice(h1 ? all.indexOf(h1) + 1 : 0).filter((h) => !/^h1$/i.test(h.tagName));
  const titled = below.find((h) => readsAsTitle(textOf(h)) && namedByPageTitle(textOf(h), pageTitle));
  if (titled || !h1) return titled ?? null;
  // Under a heading that names the page: one with a gender mark, else the very next heading
  // when it reads as a title. Without such a heading these guesses would pick other jobs
  // listed beside the posting (corpus vindazo-d1).
  const marked = below.find((h) => readsAsTitle(textOf(h)) && GENDER_MARK.test(textOf(h)));
  if (marked) return marked;
  // A title set as a paragraph (`<p class="job-title">… (m/w/d)</p>`): a short line with a gender mark.
  const line = Array.from(doc.querySelectorAll('p, strong, b, div, span'))
    .find((el) => !el.closest(MENU) && el.children.length === 0 && readsAsTitle(textOf(el)) && GENDER_MARK.test(textOf(el)));
  if (line) return line;
  return below[0] && readsAsTitle(textOf(below[0])) ? below[0] : h1;
}

/**
 * The job's heading, trimmed (titles often carry trailing spaces, corpus careers-vercel-1):
 * inside the main content when there is one; of several h1s, the one the document title starts with.
 */
export function headingTitle(doc: Document): string | null {
  return inlineText(headingElement(doc))?.replace(BUTTON_TAIL, '') ?? null;
}
