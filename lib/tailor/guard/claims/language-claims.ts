import { stemmerFor } from '../../keywords/taxonomy/stem';
import type { Claim, ClaimKind } from './claim';
import { CLAIM_LEXICONS, TIME_UNITS, type LexiconLine } from './claim-lexicons';
import { isEverydayIn, type OtherLanguage } from './everyday-words';
import type { Evidence } from './evidence-text';
import type { Word } from './words';

interface Family { line: LexiconLine; exact: Set<string>; stems: Set<string>; endings: string[] }

const compiled = new Map<OtherLanguage, Family[]>();

function familiesOf(lang: OtherLanguage): Family[] {
  let out = compiled.get(lang);
  if (!out) {
    const stem = stemmerFor(lang);
    out = CLAIM_LEXICONS[lang].map((line) => {
      const forms = line.forms.split(/\s+/).filter(Boolean);
      const plain = forms.filter((f) => !f.startsWith('-'));
      return { line, exact: new Set(plain), stems: new Set(plain.filter((f) => f.length > 4).map(stem)), endings: forms.filter((f) => f.startsWith('-')).map((f) => f.slice(1)) };
    });
    compiled.set(lang, out);
  }
  return out;
}

/** The families a lower-case word belongs to in `lang`. */
function familiesOfWord(lang: OtherLanguage, lower: string): Family[] {
  const stem = stemmerFor(lang)(lower);
  const families = familiesOf(lang);
  // A word listed as written names its family ("Teamleiter" is a title though its stem is that of "Teamleitung").
  const exact = families.filter((f) => f.exact.has(lower));
  if (exact.length) return exact;
  return families.filter((f) => (lower.length > 4 && f.stems.has(stem))
    || f.endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e) && !isEverydayIn(lang, lower)));
}

const KIND: Record<LexiconLine['kind'], ClaimKind> = { ownership: 'ownership', seniority: 'seniority', scope: 'scope', credential: 'credential', number: 'number' };

/**
 * Claims of a rewrite in a language other than English, read with that language's claim
 * words (claim-lexicons.ts): a word of a family the evidence has no word of. Scope and
 * ownership are read against the cited lines only, as in English (a result stated for another
 * job says nothing of this one); titles, credentials and counts against all the evidence.
 * `skip` holds word indexes other checks already reported.
 */
export function languageClaims(words: Word[], ev: Evidence, skip: ReadonlySet<number>): Claim[] {
  const lang = ev.lang;
  if (lang === 'en') return [];
  const evidenceFamilies = (ws: Word[]) => new Set(ws.flatMap((w) => familiesOfWord(lang, w.lower)));
  const all = evidenceFamilies(ev.words);
  const cited = evidenceFamilies(ev.cited.words);
  const claims: Claim[] = [];
  words.forEach((w, i) => {
    if (skip.has(i)) return;
    for (const f of familiesOfWord(lang, w.lower)) {
      const backing = f.line.kind === 'scope' || f.line.kind === 'ownership' ? cited : all;
      if (backing.has(f)) continue;
      if (f.line.value !== undefined && new RegExp(`(^|[^\\d.,])${f.line.value}(?![\\d])`).test(ev.text)) continue;
      const next = words[i + 1];
      const duration = f.line.kind === 'number' && next !== undefined && TIME_UNITS[lang].test(next.lower);
      const text = duration ? `${w.raw} ${next.raw}` : w.raw;
      claims.push({
        kind: duration ? 'duration' : KIND[f.line.kind],
        text,
        triggers: duration ? [w.raw, next.raw] : [w.raw],
        reason: `"${text}" ${REASON[f.line.kind]}`,
      });
      break;
    }
  });
  return claims;
}

const REASON: Record<LexiconLine['kind'], string> = {
  ownership: 'claims a bigger part in the work than the cited lines state.',
  seniority: 'claims a title or rank the cited lines and headings do not state.',
  scope: 'claims a reach or result the cited lines do not state.',
  credential: 'claims a credential, award or level the resume does not state.',
  number: 'is a count the cited lines do not state.',
};
