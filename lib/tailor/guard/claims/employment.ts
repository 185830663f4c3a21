import type { Claim } from './claim';
import type { Evidence } from './evidence-text';
import { wordsOf, type Word } from './words';

// Words that say the person worked for an organisation: "interned at", "was hired by", "employed by".
// One family per relation, wider than a stem: a heading's "Intern" states an "internship".
const RELATION = /^(intern(?!al|ation|et)|employ(?!ab)|hire[ds]?$|hiring$|contract(ed|or)|placement|apprentic)/;
const familyOf = (lower: string) => RELATION.exec(lower)?.[1].slice(0, 6) ?? null;
const NEAR = 5;

/**
 * Employment the evidence does not state: a relation word ("internship", "hired") beside an
 * organisation's name is a claim unless the cited lines use that relation, or one line of
 * the resume gives both (a heading "Software Intern, Acme"). The name alone may be
 * known — "promoted by Microsoft" does not make the person Microsoft's intern.
 */
export function employmentClaims(words: Word[], text: string, ev: Evidence): Claim[] {
  const cited = new Set(ev.cited.words.map((w) => familyOf(w.lower)));
  const lines = ev.text.split('\n').map((l) => new Set(wordsOf(l).flatMap((x) => [familyOf(x.lower) ?? '', x.lower.replace(/['’]s$/, '')])));
  const claims: Claim[] = [];
  words.forEach((w, i) => {
    const family = familyOf(w.lower);
    if (!family || cited.has(family)) return;
    // Capitalised words nearby, but not "I" and not the sentence's first word.
    const names = words.slice(Math.max(0, i - NEAR), i + NEAR + 1).filter((x) => x !== w && x.raw !== 'I' && /^\p{Lu}/u.test(x.raw) && !/(^|[.!?]\s*)$/.test(text.slice(0, x.index)));
    if (!names.length) return;
    const stated = lines.some((l) => l.has(family) && names.some((n) => l.has(n.lower.replace(/['’]s$/, ''))));
    if (stated) return;
    const org = names.map((n) => n.raw).join(' ');
    claims.push({ kind: 'name', text: `${w.raw} … ${org}`, triggers: [w.raw, ...names.map((n) => n.raw)], reason: `Says the person worked for "${org}" ("${w.raw}"); the cited lines and headings do not.` });
  });
  return claims;
}
