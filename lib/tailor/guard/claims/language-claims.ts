import { stemmerFor } from '../../keywords/taxonomy/stem';
import type { Claim, ClaimKind } from './claim';
import { CLAIM_LEXICONS, ONE, PASSIVE, TIME_UNITS, type LexiconLine } from './claim-lexicons';
import { isEverydayIn, type OtherLanguage } from './everyday-words';
import type { Evidence } from './evidence-text';
import { COMPOUNDING, nearForm, sameRoot, withoutElision } from './other-languages';
import { roleRank } from './roles';
import { citesNumberOne } from './scope';

// "In charge of" in each language ranks as responsible: "Prise en charge des benchmarks" is what "Gestion des benchmarks" says.
const IN_CHARGE: Partial<Record<string, RegExp>> = {
  fr: /(?<![\p{L}])(?:prise?s? en charge|en charge de|chargée? de)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:a cargo de|encargad[oa]s? de)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:a cargo de|encarregad[oa]s? de)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:a carico di|incaricat[oa] di|occupandosi di)(?![\p{L}])/iu,
};

// "First" in each language: said by a 1 of the cited lines ("Semestre 1" → "Premier semestre").
const FIRST = /^(premier|première|primeiro|primeira|primero|primera|primo|prima|erste|ersten|erstes|erster|eerste|pierwszy|pierwsza|pierwszym|первый|первая|первое|первым|первой|första)$/;
import type { Word } from './words';

interface Family { line: LexiconLine; exact: Set<string>; stems: Set<string>; endings: string[]; starts: string[] }

const compiled = new Map<OtherLanguage, Family[]>();

function familiesOf(lang: OtherLanguage): Family[] {
  let out = compiled.get(lang);
  if (!out) {
    const stem = stemmerFor(lang);
    out = CLAIM_LEXICONS[lang].map((line) => {
      const forms = line.forms.split(/\s+/).filter(Boolean);
      const plain = forms.filter((f) => !f.startsWith('-') && !f.endsWith('-'));
      return { line, exact: new Set(plain), stems: new Set(line.exact ? [] : plain.filter((f) => f.length > 4).map(stem)), endings: forms.filter((f) => f.startsWith('-')).map((f) => f.slice(1)), starts: forms.filter((f) => f.endsWith('-')).map((f) => f.slice(0, -1)) };
    });
    compiled.set(lang, out);
  }
  return out;
}

const byWord = new Map<OtherLanguage, Map<string, Family[]>>();

/** The families a word belongs to in `lang` (an elided article dropped first: "l'ensemble"); remembered, as every edit reads its evidence again. */
function familiesOfWord(lang: OtherLanguage, word: string): Family[] {
  let known = byWord.get(lang);
  if (!known) byWord.set(lang, (known = new Map()));
  let out = known.get(word);
  if (!out) {
    out = findFamilies(lang, word);
    if (known.size > 20_000) known.clear();
    known.set(word, out);
  }
  return out;
}

function findFamilies(lang: OtherLanguage, word: string): Family[] {
  const lower = withoutElision(word);
  const stem = stemmerFor(lang)(lower);
  const families = familiesOf(lang);
  // A word listed as written names its family ("Teamleiter" is a title though its stem is that of "Teamleitung").
  const exact = families.filter((f) => f.exact.has(lower));
  if (exact.length) return exact;
  return families.filter((f) => (lower.length > 4 && f.stems.has(stem))
    || f.endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e) && !isEverydayIn(lang, lower))
    || f.starts.some((e) => lower.length > e.length + 3 && lower.startsWith(e) && !isEverydayIn(lang, lower)));
}

const KIND: Record<LexiconLine['kind'], ClaimKind> = { ownership: 'ownership', seniority: 'seniority', scope: 'scope', sector: 'name', credential: 'credential', level: 'credential', number: 'number' };

const REASON: Record<LexiconLine['kind'], string> = {
  ownership: 'claims a bigger part in the work than the cited lines state.',
  seniority: 'claims a title or rank the cited lines and headings do not state.',
  scope: 'claims a reach, result or partner the cited lines do not state.',
  sector: 'places the work in a sector the resume does not name.',
  credential: 'claims a credential or award the resume does not state.',
  level: 'claims a level of skill or language the cited line does not state.',
  number: 'is a count the cited lines do not state.',
};

/**
 * Claims of a rewrite in a language other than English, read with that language's claim
 * words (claim-lexicons.ts), as the English checks read theirs:
 * - ownership by rank: a word ranking above every role word of the cited lines ("Leitete" over
 *   "Mitarbeit"; "Pilotage" after "Responsable" is the same rank), and working alone unless the
 *   cited lines say so;
 * - reach, partners, levels and counts against the cited lines (a result stated for another job says
 *   nothing of this one); a count is backed by its digits there too ("tien" by "10");
 * - titles, sectors and credentials against all the evidence, word by word (a stem apart).
 * `skip` holds word indexes other checks already reported.
 */
export function languageClaims(words: Word[], ev: Evidence, skip: ReadonlySet<number>): Claim[] {
  const lang = ev.lang;
  if (lang === 'en') return [];
  const stem = stemmerFor(lang);
  // A participle followed by "by" is someone else's role: "Supervisé par Dr. Winter".
  const passive = (ws: Word[], k: number) => PASSIVE[lang].participle.test(ws[k].lower) && PASSIVE[lang].by.test(ws[k + 1]?.lower ?? '');
  const familiesIn = (ws: Word[]) => new Set(ws.flatMap((w, k) => (passive(ws, k) ? [] : familiesOfWord(lang, w.lower))));
  const cited = familiesIn(ev.cited.words);
  const citedRank = Math.max(roleRank(ev.cited.words, ev.cited.text), ...[...cited].map((f) => f.line.rank ?? -1), IN_CHARGE[lang]?.test(ev.cited.text) ? 3 : -1);
  const citedSolo = [...cited].some((f) => f.line.solo);
  const allForms = ev.words.map((w) => withoutElision(w.lower));
  const citedForms = ev.cited.words.map((w) => withoutElision(w.lower));
  // The same word a stem or an ending apart: "europei" is said by "Europa", "Sênior" by "sênior".
  // In German and Dutch also as a part of a compound: "Banken" is said by "Bankenkommunikation".
  const inCompound = (f: string, word: string) => COMPOUNDING.has(lang) && word.length >= 5 && f.length > word.length + 3 && (f.startsWith(word) || f.endsWith(word));
  // Russian derives one word from another by its ending: "лауреатом" is said by "лауреатство".
  const derived = (f: string, word: string) => lang === 'ru' && sameRoot(f, word);
  const said = (forms: string[], word: string) => forms.some((f) => f === word || stem(f) === stem(word) || nearForm(f, word) || inCompound(f, word) || derived(f, word));
  const citedTime = ev.cited.words.some((w) => TIME_UNITS[lang].test(w.lower));
  const claims: Claim[] = [];
  const claim = (kind: LexiconLine['kind'], ws: Word[], as: ClaimKind = KIND[kind]) => {
    const text = ws.map((w) => w.raw).join(' ');
    claims.push({ kind: as, text, triggers: ws.map((w) => w.raw), reason: `"${text}" ${as === 'duration' ? 'is a length of time the cited lines do not state.' : REASON[kind]}` });
  };
  // A claim word inside a name the resume has is part of that name: "Universidad Autónoma de Santo Domingo", "Nevada National Security Site".
  const lowerText = ev.text.toLowerCase();
  const inKnownName = (i: number) => /^\p{Lu}/u.test(words[i].raw) && [[i - 1, i], [i, i + 1]].some(([a, b]) => words[a] && words[b] && /^\p{Lu}/u.test(words[a].raw) && /^\p{Lu}/u.test(words[b].raw) && lowerText.includes(`${words[a].raw} ${words[b].raw}`.toLowerCase()));
  words.forEach((w, i) => {
    if (skip.has(i) || inKnownName(i)) return;
    const next = words[i + 1];
    const timed = next !== undefined && TIME_UNITS[lang].test(next.lower);
    if (timed && ONE[lang].test(w.lower) && !citedTime) { claim('number', [w, next], 'duration'); return; }
    for (const f of familiesOfWord(lang, w.lower)) {
      const { kind } = f.line;
      if (f.line.backsOnly) continue;
      if (kind === 'ownership') {
        if (f.line.solo ? citedSolo : (f.line.rank ?? 0) <= citedRank) continue;
      } else if (kind === 'number') {
        if (cited.has(f) || new RegExp(`(^|[^\\d.,])${f.line.value}(?![\\d])`).test(ev.cited.text)) continue;
      } else if (kind === 'scope' && FIRST.test(withoutElision(w.lower)) && citesNumberOne(ev.cited.text)) {
        continue;
      } else if (kind === 'level' && citedForms.some((c) => cognate(c, w.lower))) {
        continue;
      } else if (f.line.family ? cited.has(f) : said(kind === 'scope' || kind === 'level' || f.line.cited ? citedForms : allForms, withoutElision(w.lower))) continue;
      if (kind === 'number' && timed) claim(kind, [w, next], 'duration');
      else claim(kind, [w]);
      break;
    }
  });
  return claims;
}

// A level the cited line states in another language: "intermédiaire" for "Intermediate", "avanzato" for "avanzado".
const unaccented = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
const cognate = (a: string, b: string) => a.length >= 7 && b.length >= 7 && unaccented(a).slice(0, 7) === unaccented(b).slice(0, 7);

/** Indexes of the words that are claim words of the resume's language, backed or not: they are read here, never as new tools. */
export function claimWordIndexes(words: Word[], lang: Evidence['lang']): number[] {
  if (lang === 'en') return [];
  return words.flatMap((w, i) => (familiesOfWord(lang, w.lower).length ? [i] : []));
}
