/**
 * Application forms are not postings: a Lever `/apply` page or a Teamtailor
 * `/applications/new` page holds field labels ("First name", "Upload CV", "Where did you learn
 * about us?"), which must never be read as the job description. The address usually shows the
 * posting's own page, which the user is offered instead.
 */

interface FormRoute {
  /** The application form's path. */
  form: RegExp;
  /** The posting's own path, from the form's path. */
  posting: (path: string) => string;
}

// Known ATS application routes; the posting page is the form's path without its last part.
const ROUTES: FormRoute[] = [
  { form: /^(\/[^/]+\/[0-9a-f-]{36})\/apply\/?$/i, posting: (p) => p.replace(/\/apply\/?$/i, '') }, // Lever
  { form: /^(\/jobs\/[^/]+)\/applications\/new\/?$/i, posting: (p) => p.replace(/\/applications\/new\/?$/i, '') }, // Teamtailor
  { form: /^\/[^/]+\/[0-9a-f-]{36}\/application\/?$/i, posting: (p) => p.replace(/\/application\/?$/i, '') }, // Ashby
  { form: /^\/[^/]+\/j\/[A-Z0-9]+\/apply\/?$/i, posting: (p) => p.replace(/\/apply\/?$/i, '') }, // Workable
  // Workday's steps: /job/<place>/<title>_<req>/apply, then /apply/applyManually, /apply/autofillWithResume …
  { form: /\/job\/[^/]+\/[^/]+\/apply(?:\/[A-Za-z]+)?\/?$/i, posting: (p) => p.replace(/\/apply(?:\/[A-Za-z]+)?\/?$/i, '') },
  { form: /\/apply\/?$/i, posting: (p) => p.replace(/\/apply\/?$/i, '') }, // SmartRecruiters and others
];

const LABELS = /\b(first name|last name|full name|e-?mail|phone|resume|cv|cover letter|linkedin profile|upload|attach|vorname|nachname|lebenslauf|anschreiben|prénom|nom de famille|nombre|apellidos|how did you hear|where did you (learn|hear)|my information|my experience|voluntary disclosures?|application questions|t[ée]l[ée]phone|telefon(?:e|nummer)?|tel[ée]fono|nome completo|cognome|curr[ií]culo|carta de (?:apresenta[cç][aã]o|presentaci[oó]n)|lettre de motivation|voornaam|achternaam|sollicitatiebrief|motivatiebrief|imi[eę]|nazwisko|[żz]yciorys|list motywacyjny)\b/i;

/** The posting's own address for a form address, or null when the URL is no known form route. */
export function postingUrlForForm(url: URL | null): string | null {
  if (!url) return null;
  const route = ROUTES.find((r) => r.form.test(url.pathname));
  return route ? `${url.origin}${route.posting(url.pathname)}` : null;
}

/**
 * Words of prose outside forms: a posting has hundreds, a form page a handful. Text in dialogs
 * and hidden elements is not on the page the user sees (Teamtailor keeps its whole privacy
 * policy in a closed modal on the form page).
 */
function proseWords(doc: Document): number {
  let words = 0;
  for (const el of Array.from(doc.querySelectorAll('p, li'))) {
    if (el.closest('form, label, nav, footer, dialog, [role="dialog"], [aria-modal="true"], [hidden], [aria-hidden="true"]')) continue;
    words += (el.textContent ?? '').split(/\s+/).filter(Boolean).length;
  }
  return words;
}

/**
 * Whether the page is an application form: a form with a file upload (CV) and applicant field
 * labels, and little prose beside it. A posting with an embedded form below its text is not.
 */
// A page whose main heading asks to apply ("Jetzt bewerben", "Candidatar-se à Vaga") is the form.
const APPLY_HEADING = /^(jetzt bewerben|bewerbung|bewerben|apply( now| for this job)?|application|candidatar-se|candidature|postuler|solliciteer|aplikuj|candidatura)\b/i;

export function isApplicationForm(doc: Document, url: URL | null): boolean {
  const knownRoute = postingUrlForForm(url) !== null;
  const applyHeading = APPLY_HEADING.test(doc.querySelector('h1')?.textContent?.trim() ?? '');
  // Single-page ATS apps (Workday) draw their fields without a <form>: on a known form address
  // the whole page is the form.
  const containers: ParentNode[] = Array.from(doc.querySelectorAll('form'));
  if (knownRoute) containers.push(doc);
  const applicant = containers.some((f) => {
    const labels = Array.from(f.querySelectorAll('label, legend, [placeholder], [aria-label]'))
      .map((l) => `${l.textContent ?? ''} ${l.getAttribute('placeholder') ?? ''} ${l.getAttribute('aria-label') ?? ''}`)
      .filter((t) => LABELS.test(t)).length;
    return labels >= 3 || (labels >= 2 && f.querySelector('input[type="file"]') !== null);
  });
  if (!applicant) return false;
  const prose = proseWords(doc);
  return knownRoute || applyHeading ? prose < 400 : prose < 150;
}
