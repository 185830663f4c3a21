import { uniqueClaims, type Claim } from './claim';
import { citedHasWord, hasWord, type Evidence } from './evidence-text';
import { quantitiesIn, quantityBacked, yearRangeBacked, yearRangesIn } from './numbers';
import { employmentClaims } from './employment';
import { roleClaims, roleFamily } from './roles';
import { contextClaims } from './context';
import { credentialClaims, degreeClaims, honourClaims, scopeClaims } from './scope';
import { claimWordIndexes, languageClaims } from './language-claims';
import { droppedSharingClaims, droppedUnfinishedClaims } from './shared-work';
import { backedNameWords, expansionWords, termClaims } from './terms';
import { wordsOf } from './words';

/**
 * Every claim of a rewrite (plain text, as printed) that its evidence does not support:
 * numbers and durations, ownership and titles, scope and outcomes, credentials, tools,
 * practices and names, and the links given in `newLinks`. Deterministic: the same text and
 * evidence always give the same claims, in reading order of the checks.
 */
export function claimsAgainst(newPlain: string, ev: Evidence, newLinks: readonly string[] = []): Claim[] {
  const words = wordsOf(newPlain);
  const has = (lower: string) => hasWord(ev, lower);
  const claims: Claim[] = [];
  const used = new Set<number>();
  const wordsIn = (from: number, to: number) => words.forEach((w, i) => { if (w.index >= from && w.index < to) used.add(i); });

  // A span of years is one claim, checked whole before its years are read one by one.
  const spans = yearRangesIn(newPlain);
  for (const r of spans) {
    wordsIn(r.index, r.index + r.text.length);
    if (!yearRangeBacked(r, ev.text, ev.cited.text)) claims.push({ kind: 'duration', text: r.text, triggers: [String(r.from), String(r.to)], reason: `"${r.text}" is a span of time the cited lines and headings do not state.` });
  }
  const inSpan = (index: number) => spans.some((r) => index >= r.index && index < r.index + r.text.length);
  for (const q of quantitiesIn(newPlain)) {
    if (inSpan(q.index) || q.inName) continue;
    // A version the resume writes joined to its name: "Fusion 360" for "Fusion360", "Python 3" for "Python3".
    const before = /([\p{L}][\p{L}.+#-]*)\s+$/u.exec(newPlain.slice(0, q.index))?.[1];
    if (before && hasWord(ev, `${before.toLowerCase()}${q.text.toLowerCase()}`)) { wordsIn(q.index, q.index + q.text.length); continue; }
    if (quantityBacked(q, ev.quantities, ev.sharedQuantities)) { wordsIn(q.index, q.index + q.text.length); continue; }
    // The claim reads with what it counts: "3 years", "250,000 students".
    const tail = newPlain.slice(q.index + q.text.length).match(/^[\s+%-]*(?:(?:of|more|than|full)\s+)?[\p{L}]+/u)?.[0] ?? '';
    const text = q.unit ? `${q.text}${tail}` : q.text;
    wordsIn(q.index, q.index + text.length);
    claims.push(q.duration
      ? { kind: 'duration', text, triggers: [q.text], reason: `"${text}" is a length of time the cited lines do not state.` }
      : { kind: 'number', text, triggers: [q.text], reason: `${q.percent ? 'The share' : 'The number'} "${text}" is not in the cited lines.` });
  }
  // The spelled-out form of an acronym the resume uses says nothing new: "Chief Executive Officer (CEO)"
  // is no title beyond "CEO", "RPM Package Manager (RPM)" no manager.
  // Spelled-out acronyms and names the resume has: their words claim nothing of their own.
  const spelled = new Set([...expansionWords(words, newPlain, ev), ...backedNameWords(words, newPlain, ev)].map((i) => words[i].raw));
  // In a resume not in English, "design" is an English noun ("design system", "design patterns"), not the person's act.
  const englishRoles = roleClaims(words, newPlain, ev, has, ev.cited).filter((c) => ev.lang === 'en' || !(c.kind === 'ownership' && c.triggers.every((t) => /^design/i.test(t))));
  const semantic = [...englishRoles, ...scopeClaims(words, (lower) => citedHasWord(ev, lower), newPlain, ev.cited.text), ...credentialClaims(words, ev), ...degreeClaims(words, ev), ...honourClaims(newPlain, ev), ...employmentClaims(words, newPlain, ev), ...contextClaims(words, newPlain, ev, has)]
    .filter((c) => !c.triggers.every((t) => spelled.has(t)));
  for (const c of semantic) words.forEach((w, i) => { if (c.triggers.includes(w.raw)) used.add(i); });
  // The same claims in the resume's own language, where their words are everyday vocabulary.
  const inLanguage = languageClaims(words, ev, used).filter((c) => !c.triggers.every((t) => spelled.has(t)));
  for (const c of inLanguage) words.forEach((w, i) => { if (c.triggers.includes(w.raw)) used.add(i); });
  semantic.push(...inLanguage);
  // A backed claim word ("liderazgo" where the line says "líder") is no new term either.
  for (const i of claimWordIndexes(words, ev.lang)) used.add(i);
  // A role word is no new term when the evidence has its family ("Chair" for "Chairman"): whether it claims more is the role check's call.
  const families = new Set(ev.words.map((w) => roleFamily(w.lower)).filter(Boolean));
  words.forEach((w, i) => { if (families.has(roleFamily(w.lower))) used.add(i); });
  // Shared work told as one's own, unless a stronger role is already reported (it says as much).
  const sharing = semantic.some((c) => c.kind === 'ownership') ? [] : droppedSharingClaims(words, ev);
  claims.push(...semantic, ...sharing, ...droppedUnfinishedClaims(words, newPlain, ev), ...termClaims(words, newPlain, ev, used));
  for (const link of newLinks) claims.push({ kind: 'link', text: link, triggers: [link], reason: `The link "${link}" is not in the master resume.` });
  return uniqueClaims(claims).map((c) => ({ ...c, source: 'rules' as const }));
}
