import type { Claim } from './claim';
import type { Evidence } from './evidence-text';
import { wordsOf, type Word } from './words';

/**
 * Words that widen reach or claim results: breadth ("company-wide", "all"), firsts and
 * superlatives, magnitudes without digits ("millions"), intensified outcomes
 * ("significantly"), results (costs, revenue, latency) and audiences (users, customers).
 * Each is a claim unless the evidence uses the same word (or its word family).
 */
const SCOPE = new Set(`company-wide companywide org-wide organization-wide organisation-wide enterprise-wide team-wide department-wide industry-wide cross-company global globally worldwide world-wide nationwide international internationally all every entire whole
first only best top top-ranked largest biggest fastest highest record record-breaking best-selling bestselling flagship leading industry-leading unprecedented breakthrough
millions thousands hundreds billions dozens massive huge large-scale high-traffic high-volume high-impact mission-critical business-critical statewide citywide
national nationally
significantly dramatically substantially greatly drastically considerably vastly massively markedly sharply tremendously hugely exponentially
cost costs revenue revenues profit profits profitable profitability sales savings latency downtime churn retention conversion conversions engagement uptime satisfaction growth adoption roi
adopted
users customers clients learners visitors subscribers patients viewers shoppers players people readers buyers merchants`.split(/\s+/));
// "every day", "all the time", "all of the above" are manner, not reach ("all of Twitter's services" is reach).
const NOT_AFTER: Record<string, RegExp> = { every: /^(day|week|month|year|time|release|sprint|morning)s?$/ };
// "A record of funding success" is a history, not a record broken.
const IDIOM_AFTER: Record<string, RegExp> = { all: /^\s+(the\s+time|of\s+the\s+above|along|in\s+all)\b/i, first: /^\s*([,;:.)]|$)/, record: /^\s+of\b/i };
// "on top of", "at first": position and time, not rank.
const IDIOM_BEFORE: Record<string, RegExp> = { top: /\bon\s+(the\s+)?$/i, first: /\b(at|put\w*|comes?|came)\s+(\w+\s+)?$/i };

const CREDENTIAL = new Set(`certified certification certifications certificate certificates accredited licensed license award awards awarded award-winning prize prizes scholarship scholarships fellowship patent patents patented published peer-reviewed publication publications degree degrees diploma honors honours distinction dean's valedictorian summa cum laude`.split(/\s+/));

// Who was served, said another way: "clients" rewords "customers" (a new audience such as "patients" is still a claim);
// "every student" is what "all students" says.
const SAME_AUDIENCE = [['customers', 'clients', 'buyers', 'shoppers'], ['users', 'visitors', 'readers', 'viewers'], ['all', 'every', 'each']];
const audienceBacked = (lower: string, hasWord: (l: string) => boolean) => SAME_AUDIENCE.some((g) => g.includes(lower) && g.some(hasWord));

// "worldwide" says what "in the world" says.
const WIDE_ROOTS: Record<string, string[]> = { worldwide: ['world'], 'world-wide': ['world'], nationwide: ['nation', 'national'], national: ['nation', 'nationwide'], nationally: ['nation', 'nationwide'] };

// "first-author", "top-tier", "world-class": a scope word opening a compound; "first-year", "all-hands" say when or who.
const NOT_A_REACH = /^(year|years|semester|quarter|time|round|hands?|person|order|aid|line|grade|class|term|day)$/;
// "a semester-long program", "multi-year": a length of time written as one word.
const LENGTH_WORD = /^(?:(?:day|week|month|semester|quarter|year|decade)s?-long|multi-(?:year|month|week|semester|decade))$/;
// A level of skill or language ("expert level", "fluent") raises what the cited line states.
const LEVEL = new Set(['expert', 'experts', 'fluent', 'fluently', 'native', 'bilingual', 'proficient', 'mastery']);
// "Python (advanced)": a level only in that place ("advanced analytics" is a field).
const LEVEL_IN_PARENS = /^(advanced|intermediate|basic|beginner|upper-intermediate)$/;
// A sector named: "for the financial services sector".
const SECTOR_WORD = new Set(['sector', 'sectors']);

// A magnitude in words says what the cited digits say: "thousands" for "1000s" or "40,000", "millions" for "2.5M".
const MAGNITUDE: Record<string, RegExp> = {
  hundreds: /(?<![\d.,])[1-9]\d{2}(?![\d.,]\d)s?/,
  // Not a bare four-digit number: years ("2019") are no thousands.
  thousands: /(?<![\d.])\d{1,3}[,.\s]\d{3}(?![\d])|(?<![\d.,])\d{1,3}000s?(?![\d.,]\d)|\b\d+(?:\.\d+)?\s?[kK]\b/,
  millions: /\b\d{1,3}(?:[,.\s]\d{3}){2}(?!\d)|\b\d+(?:\.\d+)?\s?(?:M|mn|million)\b/,
  billions: /\b\d{1,3}(?:[,.\s]\d{3}){3}(?!\d)|\b\d+(?:\.\d+)?\s?(?:B|bn|billion)\b/,
};

/** Whether the cited lines number something 1 ("Semester 1", "1st place"): "first" then says the same ("the first semester"). */
export const citesNumberOne = (cited: string) => /(?<![\d.,])1(?:st|er|re|º|ª|\.)?(?![\d.,]?\d)/.test(cited);

/** Whether a magnitude word ("thousands of users") counts what a cited number of that size counts ("1000s of users"), not something else ("3000+ course requisites"). */
function magnitudeBacked(words: Word[], i: number, cited: string): boolean {
  const re = MAGNITUDE[words[i].lower];
  const counted = words[i + 1]?.lower === 'of' ? words[i + 2] : undefined;
  if (!re || !counted) return false;
  const all = new RegExp(re.source, 'g');
  return [...cited.matchAll(all)].some((m) => wordsOf(cited.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40)).slice(0, 4).some((x) => x.stem === counted.stem));
}

/** Scope and outcome words of the rewrite that the evidence does not use; lengths of time, levels and sectors written as words. `cited`: the cited lines' text, for magnitudes. */
export function scopeClaims(words: Word[], hasWord: (lower: string) => boolean, text = '', cited = ''): Claim[] {
  const claims: Claim[] = [];
  words.forEach((w, i) => {
    // "Python (advanced)" is backed by the same pairing in the cited line, not by "R (advanced)".
    const prev = words[i - 1];
    if (LEVEL_IN_PARENS.test(w.lower) && prev && /\(\s*$/.test(text.slice(0, w.index))) {
      const paired = new RegExp(`${prev.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(\\s*${w.lower}`, 'i').test(cited);
      if (!paired) claims.push({ kind: 'credential', text: `${prev.raw} (${w.raw})`, triggers: [w.raw], reason: `"${prev.raw} (${w.raw})" claims a level the cited lines do not state.` });
      return;
    }
    if (LENGTH_WORD.test(w.lower) && !hasWord(w.lower)) claims.push({ kind: 'duration', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" is a length of time the cited lines do not state.` });
    // "expert-level", "native-level": the level word opens the compound.
    else if ((LEVEL.has(w.lower) || LEVEL.has(w.lower.split('-')[0])) && !hasWord(w.lower) && !hasWord(w.lower.split('-')[0])) claims.push({ kind: 'credential', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a level the cited lines do not state.` });
    else if (SECTOR_WORD.has(w.lower) && !hasWord(w.lower)) claims.push({ kind: 'name', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" places the work in a sector the cited lines do not name.` });
    const [head, tail] = w.lower.split('-');
    // "state-wide": any place made a reach, as "company-wide" is ("across campus" says "campus-wide").
    const wide = tail === 'wide' && !SCOPE.has(w.lower) && !hasWord(w.lower) && !hasWord(`${head}wide`) && !hasWord(head);
    if (wide || (tail !== undefined && SCOPE.has(head) && !NOT_A_REACH.test(tail) && !hasWord(head) && !hasWord(w.lower))) claims.push({ kind: 'scope', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a reach or rank the cited lines do not state.` });
  });
  words.forEach((w, i) => {
    if (!SCOPE.has(w.lower) || hasWord(w.lower) || audienceBacked(w.lower, hasWord) || WIDE_ROOTS[w.lower]?.some(hasWord) || magnitudeBacked(words, i, cited)) return;
    if (w.lower === 'first' && citesNumberOne(cited)) return;
    const next = words[i + 1]?.lower ?? '';
    if (NOT_AFTER[w.lower]?.test(next)) return;
    if (IDIOM_AFTER[w.lower]?.test(text.slice(w.index + w.raw.length)) || IDIOM_BEFORE[w.lower]?.test(text.slice(0, w.index))) return;
    claims.push({ kind: 'scope', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a reach or result the cited lines do not state.` });
  });
  return claims;
}

// One family per credential, wider than a stem: "Certified" is what "Certification as a trained instructor" says.
const FAMILY = /^(certif|accredit|licen[cs]|award|prize|patent|publi|scholarship|fellowship|degree|diploma|hono)/;
// Honours are one family: a prize, scholarship or fellowship the line names was "awarded".
const HONOURS = new Set(['award', 'prize', 'scholarship', 'fellowship', 'hono']);
const familyOf = (lower: string) => {
  const f = FAMILY.exec(lower)?.[1].replace(/s$/, 'c');
  return f === undefined ? lower : HONOURS.has(f) ? 'award' : f;
};

const squash = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * Degrees, certificates, awards, patents and publications the evidence does not mention.
 * The cited lines back a credential word by its family; the rest of the resume only with a
 * word beside it: an "Awards" heading or an "AWS Certified" line elsewhere says nothing of a
 * "teaching award" or a "PMP certification".
 */
export function credentialClaims(words: Word[], ev: Evidence): Claim[] {
  const cited = new Set(ev.cited.words.map((w) => familyOf(w.lower)));
  const all = ` ${squash(ev.text)} `;
  const named = (i: number) => [[i - 1, i], [i, i + 1]].some(([a, b]) => words[a] && words[b] && all.includes(` ${squash(`${words[a].raw} ${words[b].raw}`)} `));
  return words.filter((w, i) => CREDENTIAL.has(w.lower) && !cited.has(familyOf(w.lower)) && !named(i))
    .map((w) => ({ kind: 'credential' as const, text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a credential, award or publication the cited lines do not mention.` }));
}

// "Teacher of the Year", "Employee of the Month": an honour, named by its form.
const HONOUR = /\b[\p{L}-]+\s+of\s+the\s+(year|month|quarter|season)\b/giu;

// Degrees by their abbreviation: "M.S.", "Ph.D.", "MBA" (read without dots; "B.S." in the evidence does not back "M.S.").
const DEGREE = /^(?:b|m)(?:s|a|sc|eng|ed|phil|res|fa|ba)$|^phd$|^mba$|^llm$|^md$|^jd$|^dphil$/;
const bareDegree = (raw: string) => raw.toLowerCase().replace(/\./g, '');

/** Degree abbreviations the evidence does not give. */
export function degreeClaims(words: Word[], ev: Evidence): Claim[] {
  const given = new Set(ev.words.map((w) => bareDegree(w.raw)));
  return words.filter((w) => /[A-Z]/.test(w.raw) && DEGREE.test(bareDegree(w.raw)) && !given.has(bareDegree(w.raw)))
    .map((w) => ({ kind: 'credential' as const, text: w.raw, triggers: [w.raw], reason: `"${w.raw}" is a degree the resume does not state.` }));
}

/** Honours of the form "X of the Year" that the evidence does not name. */
export function honourClaims(text: string, ev: Evidence): Claim[] {
  return [...text.matchAll(HONOUR)].filter((m) => !ev.lower.includes(m[0].toLowerCase().replace(/\s+/g, ' ')))
    .map((m) => ({ kind: 'credential' as const, text: m[0], triggers: m[0].split(/\s+/), reason: `"${m[0]}" claims an honour the cited lines do not mention.` }));
}
