/**
 * The employer when no field names it: the site's branding. A header logo's `alt`
 * ("Autodesk logo"), else the tenant an applicant-tracking system puts in its address
 * (autodesk.wd1.myworkdayjobs.com, jobs.lever.co/acme, acme.teamtailor.com). A tenant slug is
 * the company's own short name; it is shown as written, with hyphens as spaces.
 */
import { inlineText } from './html-text.ts';

const TENANT_IN_HOST: RegExp[] = [
  /^([a-z0-9-]+)\.wd\d+\.myworkday(?:jobs|site)\.com$/i,
  /^([a-z0-9-]+)\.teamtailor\.com$/i,
  /^([a-z0-9-]+)\.jobs\.personio\.(?:de|com)$/i,
  /^([a-z0-9-]+)\.bamboohr\.com$/i,
  /^careers-([a-z0-9-]+)\.icims\.com$/i,
  /^([a-z0-9-]+)\.recruitee\.com$/i,
  /^([a-z0-9-]+)\.breezy\.hr$/i,
];
const TENANT_IN_PATH: [RegExp, RegExp][] = [
  [/^jobs\.(?:eu\.)?lever\.co$/i, /^\/([^/]+)/],
  [/^(?:job-)?boards(?:\.eu)?\.greenhouse\.io$/i, /^\/([^/]+)/],
  [/^jobs\.ashbyhq\.com$/i, /^\/([^/]+)/],
  [/^apply\.workable\.com$/i, /^\/([^/]+)/],
  [/^(?:jobs|careers)\.smartrecruiters\.com$/i, /^\/([^/]+)/],
];
// Paths that are the ATS's own pages, not a tenant.
const NOT_TENANT = /^(embed|jobs|j|api|careers|search|en|de|fr|v\d+)$/i;

/** The company as the ATS address names it ("autodesk"), or null. */
export function companyFromTenant(url: URL | null): string | null {
  if (!url) return null;
  for (const re of TENANT_IN_HOST) {
    const m = re.exec(url.hostname);
    if (m && m[1] !== 'www') return m[1].replace(/-/g, ' ');
  }
  for (const [host, path] of TENANT_IN_PATH) {
    if (!host.test(url.hostname)) continue;
    const m = path.exec(url.pathname);
    if (m && !NOT_TENANT.test(m[1])) return decodeURIComponent(m[1]).replace(/-/g, ' ');
  }
  return null;
}

/**
 * "Autodesk logo" from the header's logo image, else the name a logo link to the site's home
 * page carries as its label (an SVG logo: `<a href="/" aria-label="OpenAI">`), or null.
 */
export function companyFromLogo(doc: Document): string | null {
  const img = doc.querySelector('header img[alt*="logo" i], [class*="logo" i] img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt]');
  const homeLink = doc.querySelector('a[href="/"][aria-label]');
  const alt = (img?.getAttribute('alt') ?? homeLink?.getAttribute('aria-label'))?.replace(/\s+/g, ' ').trim() ?? '';
  const name = alt.replace(/\b(company\s+)?logo\b/i, '').replace(/[-–|:]+\s*$/, '').replace(/^\s*[-–|:]+/, '').trim();
  // An alt that is only "logo" or a sentence names no company.
  return name && name.split(' ').length <= 5 && !/\b(home|homepage|go to)\b/i.test(name) ? name : inlineText(null);
}
