/**
 * What job seekers filter by, read from a captured posting: employment type, remote / hybrid /
 * on-site, salary range, years of experience asked, seniority. Structured data first (JSON-LD
 * employmentType, jobLocationType, baseSalary as captured), then the title, location line and
 * text, in the eight languages Bespoke reads.
 */
import type { ExtractedJob } from './types.ts';

export type Workplace = 'remote' | 'hybrid' | 'on-site';
export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'executive';

export interface PostingFacts {
  employmentType: string | null;
  workplace: Workplace | null;
  salary: string | null;
  yearsAsked: number | null;
  seniority: Seniority | null;
}

type Source = Pick<ExtractedJob, 'title' | 'description' | 'location' | 'salary' | 'employmentType' | 'jsonLd'>;

const EMPLOYMENT: [string, RegExp][] = [
  ['internship', /\b(internship|intern|praktikum|werkstudent\w*|stage|stagiaire|alternance|prácticas|becari[oa]|tirocinio|estágio|stagiair|staż)\b/i],
  ['part-time', /\b(part[- ]time|teilzeit|temps partiel|media jornada|tiempo parcial|tempo parziale|meio período|parttime|deeltijd|niepełny etat)\b/i],
  ['contract', /\b(contract(or)?|freelance|befristet|cdd|temporary|temporär|contrato temporal|tempo determinato|tijdelijk|b2b)\b/i],
  ['full-time', /\b(full[- ]time|vollzeit|cdi|temps plein|jornada completa|tiempo completo|tempo pieno|tempo integral|fulltime|voltijd|pełny etat|umowa o pracę)\b/i],
];

/**
 * Words that say a job is done remotely, in the languages capture reads. Letter-aware edges, not
 * `\b`, which in JavaScript knows only ASCII letters and so never saw "віддалено".
 */
const REMOTE = /(?<![\p{L}\p{N}])(remote|work from home|home\s*office|telework\p{L}*|telecommute|t[ée]l[ée]travail|teletrabajo|remoto|thuiswerk\p{L}*|zdaln\p{L}*|віддален\p{L}*|удал[её]нн\p{L}*)(?![\p{L}\p{N}])/iu;

/** Whether a text says the job is remote ("Remote", "Homeoffice", "Тільки віддалено"). */
export function saysRemote(text: string): boolean {
  return REMOTE.test(text);
}

const WORKPLACE: [Workplace, RegExp][] = [
  ['hybrid', /\b(hybrid|hybride|híbrido|ibrido|hybrydow\w*)\b/i],
  ['remote', REMOTE],
  ['on-site', /\b(on[- ]site|onsite|in[- ]office|vor ort|sur site|presencial|in sede|op locatie|stacjonarn\w*)\b/i],
];

const CURRENCY = String.raw`(?:[$€£]|USD|EUR|GBP|CHF|PLN|zł|R\$)`;
const AMOUNT = String.raw`\d[\d.,  ]*\s?[kK]?`;
const SALARY = new RegExp(String.raw`${CURRENCY}\s?${AMOUNT}\s?(?:${CURRENCY})?\s?(?:-|–|—|to|bis|à|a|tot|do)\s?${CURRENCY}?\s?${AMOUNT}(?:\s?${CURRENCY})?(?:\s?(?:per|a|\/|pro|par|al|por|p\.)\s?(?:year|yr|annum|month|hour|jahr|monat|stunde|an|mois|heure|año|mes|hora|anno|mese|ora|ano|jaar|maand|uur|rok|miesiąc|godzinę|maand))?`, 'i');
const YEARS = /(\d{1,2})\s*(?:\+|-\s*\d{1,2}|–\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?|jahre?n?|ans?|años|anni|anos|jaar|lat[a]?)\b/giu;

const SENIORITY: [Seniority, RegExp][] = [
  ['intern', /\b(intern|internship|praktikant\w*|werkstudent\w*|stagiaire|becari[oa]|stagista|estagiári[oa]|stagiair|stażysta)\b/i],
  ['executive', /\b(vp|vice president|chief|cto|ceo|cfo|coo|director|head of|directeur|directora?|direttore|diretor)\b/i],
  // German compounds end in the rank ("Montageleiter", "Teamleitung").
  // "Schulbegleitung" is an escort, not a lead: "-begleitung" is left out.
  ['lead', /\b(lead|principal|staff|team ?lead|manager|responsable|jefe|capo|gerente)\b|leiter(in)?\b|(?<!beg)leitung\b/i],
  ['senior', /\b(senior|sr\.?|sénior|confirmé|experienced)\b/i],
  ['junior', /\b(junior|jr\.?|graduate|entry[- ]level|new grads?|débutant|absolvent\w*)\b/i],
];

function first<T extends string>(table: [T, RegExp][], ...texts: (string | null | undefined)[]): T | null {
  for (const text of texts) {
    if (!text) continue;
    for (const [value, re] of table) if (re.test(text)) return value;
  }
  return null;
}

/** The kind of job a text names ("Full Time", "Teilzeit"), normalised as the facts show it, or null. */
export function employmentTypeIn(text: string): string | null {
  return first(EMPLOYMENT, text);
}

/** The most years the text asks for ("5+ years", "mindestens 3 Jahre"), at most 30. */
function yearsAsked(text: string): number | null {
  let most: number | null = null;
  // "founded 12 years ago" is the company's story: only sentences about experience count.
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!/experien|erfahrung|expérience|experiencia|esperienza|experiência|ervaring|doświadczeni|досвід/i.test(sentence)) continue;
    for (const m of sentence.matchAll(YEARS)) {
      const n = Number(m[1]);
      if (n > 0 && n <= 30) most = Math.max(most ?? 0, n);
    }
  }
  return most;
}

/** The facts of a posting; null where the posting does not say. */
export function postingFacts(job: Source): PostingFacts {
  const ld = (job.jsonLd ?? {}) as Record<string, unknown>;
  const description = job.description ?? '';
  const head = description.slice(0, 3000);
  const years = yearsAsked(description);
  const telecommute = /TELECOMMUTE/i.test(JSON.stringify(ld.jobLocationType ?? ''));
  const seniority = first(SENIORITY, job.title) ?? (years === null ? null : years >= 5 ? 'senior' : years >= 2 ? 'mid' : 'junior');
  return {
    employmentType: job.employmentType ?? first(EMPLOYMENT, job.title, head),
    workplace: first(WORKPLACE, job.title, job.location) ?? (telecommute ? 'remote' : first(WORKPLACE, head)),
    salary: job.salary ?? SALARY.exec(description)?.[0]?.trim() ?? null,
    yearsAsked: years,
    seniority,
  };
}
