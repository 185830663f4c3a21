import type { Claim, ClaimKind } from './claim';
import { monthOf } from '../../segment/months';
import { ACRONYM, definedAcronyms } from './defined-acronyms';
import { hasExpansion, hasWord, hasWordOrLetterSwap, hasWordOrTypo, withinOneEdit, type Evidence } from './evidence-text';
import { isEverydayEnglish } from './everyday-english';
import { isGeneric } from './generic-words';
import { knownTermsIn, mentionsTerm } from './known-terms';
import { spells } from './acronyms';
import { glossWords } from './glosses';
import { isEverydayIn } from './everyday-words';
import { isForeignFunctionWord } from './function-words';
import { declinedFromEvidence, isProcessNoun, joinedInEvidence, nearForm, partOfEvidenceCompound, sameStemInLanguage, sharesRoot, splitsIntoKnown, verbOfEvidenceNoun, withoutElidedArticle, withoutElision } from './other-languages';
import { STOPWORDS, type Word } from './words';

const SENTENCE_START = /(^|[.!?:;•(–—-]\s*|\n\s*)$/;

const WEB_ADDRESS = /^(?:www\.[\w-]+\.|[\w-]+\.(?:com|org|io|net|dev|me|edu|gov|ai|co)\/)/;
const KIND_OF: Record<string, ClaimKind> = { title: 'seniority', degree: 'credential', certification: 'credential' };

/** An acronym the evidence has, or spells out ("TPU" ← "Tensor Processing Units"). */
function acronymBacked(ev: Evidence, acr: string): boolean {
  // "ML/IA", "SAST/DAST": each acronym on its own.
  if (acr.includes('/') && !ev.raw.has(acr)) return acr.split('/').filter(Boolean).every((p) => acronymBacked(ev, p));
  const bare = acr.replace(/s$/, '');
  return ev.raw.has(acr) || ev.raw.has(bare) || ev.raw.has(`${bare}s`) || hasExpansion(ev, bare);
}


/**
 * Indexes of words that spell out a backed acronym next to it: "Representational State
 * Transfer (REST)" or "REST (Representational State Transfer)". An expansion of a fact the
 * resume states is a spelling, not a claim. With `translations`, also the words that translate
 * one in a resume not in English (for the new-word check only).
 */
export function expansionWords(words: Word[], text: string, ev: Evidence, translations = false): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    // In a resume not in English the words before "(CI/CD)" may translate the acronym instead of
    // spelling it ("integração e entrega contínuas (CI/CD)"): up to one word per letter, lower-case,
    // in one run. Only the new-word check skips them; claim words among them still count.
    if (translations && ev.lang !== 'en' && ACRONYM.test(w.raw) && acronymBacked(ev, w.raw) && /\(\s*$/.test(text.slice(0, w.index)) && !text.slice(w.index + w.raw.length).startsWith('-')) {
      const letters = w.raw.replace(/[^A-Z]/g, '').length;
      for (let k = i - 1, n = 0; k >= 0 && n < letters + 1; k--) {
        if (!/^[\s(-]*$/.test(text.slice(words[k].index + words[k].raw.length, k === i - 1 ? w.index : words[k + 1].index)) || /^\p{Lu}/u.test(words[k].raw)) break;
        out.add(k);
        if (!isForeignFunctionWord(words[k].lower)) n++;
      }
    }
    // An acronym may open a hyphenated word ("FAIR-principes (Findable, …)", "DDoS-Angriffen (Distributed Denial of Service)") or follow an elided article ("l'UQAM").
    const head = withoutElidedArticle(w.raw).split('-')[0];
    const mixed = (x: string) => /^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$/.test(x);
    const acronym = ACRONYM.test(w.raw) || mixed(w.raw) ? w.raw : head !== w.raw && (ACRONYM.test(head) || mixed(head)) ? head : null;
    // Only an acronym written in the evidence: one backed by stray initials ("CSM" by "c… s… m…") would let its invented expansion through.
    if (!acronym || !(ev.raw.has(acronym) || ev.raw.has(acronym.replace(/s$/, '')))) return;
    // A mixed-case acronym spells with its small letters too: "DoD" is Department of Defense, "DDoS" Distributed Denial of Service.
    const letters = /^[A-Z]+s?$/.test(acronym) || /[^A-Za-z]/.test(acronym) ? acronym.replace(/s$/, '').replace(/[^A-Z]/g, '').toLowerCase() : acronym.toLowerCase();
    const tryRun = (from: number, to: number) => {
      if (from < to && spells(words.slice(from, to).map((x) => x.raw), letters, ev.lang !== 'en')) for (let k = from; k < to; k++) out.add(k);
    };
    if (/\(\s*$/.test(text.slice(0, w.index))) for (let k = Math.max(0, i - letters.length - 3); k < i; k++) tryRun(k, i);
    // "ACR (expansion)", or inside parentheses "(ACR, expansion)".
    const after = text.slice(w.index + w.raw.length);
    if (after.startsWith(' (') || (/\(\s*$/.test(text.slice(0, w.index)) && /^,\s/.test(after))) for (let k = i + 2; k <= Math.min(words.length, i + letters.length + 4); k++) tryRun(i + 1, k);
  });
  return out;
}

/**
 * Tools, practices, names and new terms: known terms (through the posting analysis's
 * matcher) the evidence lacks, acronyms neither stated nor spelled out, and any other word
 * outside everyday paraphrase vocabulary that the evidence does not use, grouped into phrases
 * ("event sourcing", "Goldman Sachs"). `skip` holds word indexes other checks already reported.
 */
export function termClaims(words: Word[], text: string, ev: Evidence, skip: Set<number>): Claim[] {
  const claims: Claim[] = [];
  const covered = new Set<number>([...skip, ...expansionWords(words, text, ev, true), ...glossWords(words, text, ev), ...definedAcronyms(words, text, ev)]);
  // A name the resume writes as one word, split in two: "Linux Mint" for "Linuxmint".
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (next && text.slice(w.index + w.raw.length, next.index) === ' ' && hasWord(ev, w.lower + next.lower)) covered.add(i).add(i + 1);
  });
  // A month the evidence names in another form ("December" for "Dec").
  const months = new Set([...ev.forms].map(monthOf).filter((m) => m !== null));
  words.forEach((w, i) => { const m = monthOf(w.lower); if (m !== null && months.has(m)) covered.add(i); });
  const wordAt = (index: number) => words.findIndex((w) => w.index <= index && index < w.index + w.raw.length);
  for (const t of knownTermsIn(text)) {
    const first = wordAt(t.index);
    const last = wordAt(t.index + t.length - 1);
    if (first === -1) continue;
    const span = words.slice(first, last + 1);
    // A term another check already reported ("tech lead" after the title "lead") is not reported twice.
    if (span.some((_, k) => skip.has(first + k))) { for (let k = first; k <= last; k++) covered.add(k); continue; }
    // A term of several words the evidence writes as its acronym ("continuous integration" for "CI").
    const initials = t.name.split(/[\s-]+/).length > 1 ? t.name.split(/[\s-]+/).map((x) => x[0]).join('').toUpperCase() : '';
    // "Node.js" for the resume's "node", "Vue.js" for "Vue".
    const bareJs = /^(.+?)\.?js$/i.exec(t.name)?.[1]?.toLowerCase();
    const backed = t.category === 'soft' || mentionsTerm(t.name, ev.text) || (bareJs !== undefined && bareJs.length >= 3 && hasWord(ev, bareJs)) || (initials.length > 1 && ev.raw.has(initials)) || joinedInEvidence(ev, t.name.toLowerCase()) || span.every((w, k) => covered.has(first + k) || hasWordOrLetterSwap(ev, w.lower) || (ACRONYM.test(w.raw) && acronymBacked(ev, w.raw)));
    for (let k = first; k <= last; k++) covered.add(k);
    if (!backed) claims.push({ kind: KIND_OF[t.category] ?? 'tool', text: text.slice(t.index, t.index + t.length), triggers: span.map((w) => w.raw), reason: `"${t.name}" is not in the cited lines or the skills section.` });
  }
  claims.push(...namePhraseClaims(words, text, ev, covered));
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const ws = run.map((k) => words[k]);
    const phrase = text.slice(ws[0].index, ws.at(-1)!.index + ws.at(-1)!.raw.length);
    const named = ws.some((w, k) => /^\p{Lu}/u.test(w.raw) && !(k === 0 && SENTENCE_START.test(text.slice(0, w.index))));
    claims.push({ kind: named ? 'name' : 'tool', text: phrase, triggers: ws.map((w) => w.raw), reason: `"${phrase}" appears nowhere in the cited lines, the skills section or the rest of the resume.` });
    run = [];
  };
  words.forEach((w, i) => {
    // Inside a sentence a capitalised word is a name ("Spark", "Nomad"), whatever else it means.
    // German capitalises every noun: there a capital marks a name only on a word outside everyday German, and not on a compound of known words.
    const bare = withoutElision(w.lower);
    const rawBare = withoutElidedArticle(w.raw);
    // A product name in CamelCase ("ServiceNow") is no compound of everyday words, nor a noun of activity.
    const single = !/\p{Ll}\p{Lu}/u.test(w.raw);
    // English parts join a German or Dutch word ("Multi-Source-Ingestion"), but two English words alone make a product name ("Pinecone").
    const native = (p: string) => hasWord(ev, p) || sameStemInLanguage(ev, p) || isEverydayIn(ev.lang, p);
    const compound = single && splitsIntoKnown(ev, bare, native, (p) => p.length > 3 && isEverydayEnglish(p));
    const process = single && ev.lang !== 'en' && isProcessNoun(ev.lang, bare);
    const named = /^\p{Lu}/u.test(w.raw) && !SENTENCE_START.test(text.slice(0, w.index)) && !(ev.lang === 'de' && (isEverydayIn('de', bare) || compound || process));
    // A web address is the link check's to judge (guard.ts newLinks reads it against the master's source, \href targets included).
    const novel = !covered.has(i) && !WEB_ADDRESS.test(w.lower) && !/^\d/.test(w.lower) && !STOPWORDS.has(w.lower) && !hasWordOrLetterSwap(ev, w.lower)
      && !isForeignFunctionWord(w.lower) && !hasWordOrTypo(ev, bare) && !(single && sharesRoot(ev, bare)) && !joinedInEvidence(ev, w.lower)
      && !(ACRONYM.test(rawBare) && acronymBacked(ev, rawBare)) && !isGeneric(w.lower) && !(!named && isEverydayEnglish(w.lower))
      && !(/^\p{L}\p{Ll}+(?:-\p{Ll}+)*$/u.test(w.raw) && prefixedEveryday(bare, ev))
      && !sameStemInLanguage(ev, bare) && !verbOfEvidenceNoun(ev, bare) && !partOfEvidenceCompound(ev, bare) && !declinedFromEvidence(ev, bare, (x) => hasWord(ev, x)) && !(!named && ev.lang !== 'en' && (isEverydayIn(ev.lang, bare) || compound || process))
      // A number joined to a name the resume has is that name ("COVID-19" for "COVID"); alone it is no part.
      && !(w.lower.split(/[-/.]/).some((p) => /^\p{L}/u.test(p)) && w.lower.split(/[-/.]/).every((p) => !p || /^\d+$/.test(p) || STOPWORDS.has(p) || isGeneric(p) || hasWord(ev, p) || (!named && ev.lang !== 'en' && (isEverydayIn(ev.lang, p) || isProcessNoun(ev.lang, p) || sameStemInLanguage(ev, p)))));
    // Adjacent new words make one phrase; a comma or a backed word between them ends it.
    const joined = run.length > 0 && run.at(-1) === i - 1 && /^[\s-]*$/.test(text.slice(words[i - 1].index + words[i - 1].raw.length, w.index));
    if (novel && !joined) flush();
    if (novel) run.push(i);
  });
  flush();
  return claims;
}

// "multidisciplinary", "multilevel", "cross-team", "non-invasive": a prefix on an everyday or resume word.
const PREFIXED = /^(multi|inter|cross|non|pre|post|sub|co|re|over|under|self|semi|anti)-?(\p{L}{4,})$/u;
function prefixedEveryday(lower: string, ev: Evidence): boolean {
  const rest = PREFIXED.exec(lower)?.[2];
  return rest !== undefined && (isEverydayEnglish(rest) || hasWord(ev, rest));
}

const squash = (x: string) => x.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether the evidence has a run of capitalised words: whole, with each word spelled as
 * there or a typo apart ("Social Sciences" for "social sciencies"). A possessive ends a
 * name: "CMU's Quality Assurance" is "CMU" and "Quality Assurance", each checked alone.
 */
function nameBacked(run: Word[], ev: Evidence): boolean {
  // The spelled-out name of an acronym the resume uses: "Automotive SPICE" for ASPICE, "Minimum Viable Product" for MVP.
  // Each word gives its initial, a word in capitals all its letters, a small word its initial or nothing.
  const initials = (withSmall: boolean) => run.map((w) => (/^[A-Z0-9]+$/.test(w.raw) ? w.raw : /^\p{Lu}/u.test(w.raw) || withSmall ? w.raw[0] : '')).join('').toLowerCase();
  const spelledAs = new Set([initials(true), initials(false)]);
  for (const raw of ev.raw) for (const a of raw.split('/')) if (a.length >= 3 && ACRONYM.test(a) && spelledAs.has(a.replace(/[^A-Z0-9]/g, '').toLowerCase())) return true;
  // Written as one word in the resume: "Letsencrypt" for "Let's Encrypt".
  if (run.length > 1 && hasWord(ev, run.map((w) => w.lower.replace(/[^\p{L}\p{N}]/gu, '')).join(''))) return true;
  // A code the evidence has beside a name ("Research Board AEP50") is checked on its own, as is the name.
  if (run.length > 2 && /\d/.test(run.at(-1)!.raw) && hasWord(ev, run.at(-1)!.lower)) return nameBacked(run.slice(0, -1), ev);
  // A name shortened to its initials and a last word: "UC Davis" for "University of California, Davis", "UT Austin" for "University of Texas at Austin".
  if (run.length >= 2 && /^[A-Z]{2,4}$/.test(run[0].raw)) {
    const small = '(?:(?:of|at|the|in|de|du|der|di|da|del|van|von) )?';
    const initials = [...run[0].raw.toLowerCase()].map((c) => `${c}\\p{L}*`).join(` ${small}`);
    const rest = run.slice(1).map((w) => squash(w.raw).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ');
    if (new RegExp(` ${initials} ${small}${rest} `, 'u').test(` ${squash(ev.text)} `)) return true;
  }
  // German capitalises its nouns: a run of words the resume each has ("ASI-Mission PRISMA" from "ASI PRISMA Mission") is a rewording there.
  if (ev.lang === 'de' && run.every((w) => hasWordOrTypo(ev, w.lower) || sharesRoot(ev, w.lower) || sameStemInLanguage(ev, w.lower) || partOfEvidenceCompound(ev, w.lower)
    || w.lower.split('-').every((p) => hasWord(ev, p)))) return true;
  const parts: Word[][] = [[]];
  for (const w of run) { parts.at(-1)!.push(w); if (/['’]s$/.test(w.raw)) parts.push([]); }
  const evWords = squash(ev.text).split(' ');
  return parts.filter((p) => p.length).every((p) => {
    if (p.length === 1) return hasWordOrTypo(ev, squash(p[0].raw));
    if (` ${squash(ev.text)} `.includes(` ${squash(p.map((w) => w.raw).join(' '))} `)) return true;
    // The same name with a small word dropped: "University of Illinois Urbana-Champaign" for "… Illinois in Urbana-Champaign".
    const loose = new RegExp(` ${p.map((w) => squash(w.raw).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' (?:(?:in|of|at|the|de|du|der|di|da|del|van|von) )?')} `);
    if (loose.test(` ${squash(ev.text)} `)) return true;
    const want = p.map((w) => squash(w.raw));
    // Inflected languages decline names too: "Politechniki Wrocławskiej" is "Politechnika Wrocławska".
    const near = (a: string, b: string) => a === b || (a.length >= 6 && a[0] === b[0] && withinOneEdit(a, b)) || (ev.lang !== 'en' && nearForm(a, b));
    return evWords.some((_, k) => want.every((x, n) => evWords[k + n] !== undefined && near(x, evWords[k + n])));
  });
}

/**
 * Names are compared whole: "Microsoft Research" is another employer than "Microsoft" even
 * though "research" is an everyday word and "Research" a word of another heading. A run of
 * capitalised words inside a sentence is a claim unless the evidence has the whole name.
 */
/** Runs of capitalised words inside sentences, as [first, end) word indexes, skipping `covered` words. */
function capitalRuns(words: Word[], text: string, covered: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    // The pronoun "I" is capitalised but names nothing: "At Initech I worked" holds the name "Initech".
    const capital = (k: number) => k < words.length && /^\p{Lu}/u.test(words[k].raw) && words[k].raw !== 'I' && !covered.has(k) && !(k === i && SENTENCE_START.test(text.slice(0, words[k].index)));
    if (!capital(i)) { i++; continue; }
    let j = i + 1;
    while (j < words.length && /^\p{Lu}/u.test(words[j].raw) && words[j].raw !== 'I' && !covered.has(j) && /^ $/.test(text.slice(words[j - 1].index + words[j - 1].raw.length, words[j].index))) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * Indexes of the words of names the resume has (two or more capitalised words, backed whole):
 * a scope or sector word inside one ("Nevada National Security Site", "Automotive SPICE") is
 * part of the name, not a claim.
 */
export function backedNameWords(words: Word[], text: string, ev: Evidence): Set<number> {
  const out = new Set<number>();
  for (const [i, j] of capitalRuns(words, text, new Set())) if (j - i > 1 && nameBacked(words.slice(i, j), ev)) for (let k = i; k < j; k++) out.add(k);
  return out;
}

function namePhraseClaims(words: Word[], text: string, ev: Evidence, covered: Set<number>): Claim[] {
  const out: Claim[] = [];
  for (const [i, j] of capitalRuns(words, text, covered)) {
    const run = words.slice(i, j);
    const phrase = text.slice(run[0].index, run.at(-1)!.index + run.at(-1)!.raw.length);
    if (run.length > 1 && !nameBacked(run, ev)) {
      out.push({ kind: 'name', text: phrase, triggers: run.map((w) => w.raw), reason: `"${phrase}" is not named in the cited lines, the skills section or the rest of the resume.` });
      for (let k = i; k < j; k++) covered.add(k);
    } else if (run.length > 1) {
      // A name the resume has (whole, as one word "Letsencrypt", or as its acronym "ASPICE") says nothing new in any of its words.
      for (let k = i; k < j; k++) covered.add(k);
    }
  }
  return out;
}
