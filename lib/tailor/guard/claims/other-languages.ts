import { stemmerFor } from '../../keywords/taxonomy/stem';
import type { Evidence } from './evidence-text';

/**
 * Help for resumes not written in English, where the English word lists and stemmer see every
 * inflected or derived word as new: "Entwickelte" for "Entwicklung", "Begeleiden" for
 * "Begeleiding", "d'algorithmes" for "algorithmes". None of these can make a tool or a name
 * the resume lacks pass: they only join forms of words the evidence already has.
 */

/** The word without a French or Italian elided article: "d'algorithmes" → "algorithmes". */
export const withoutElision = (lower: string) => lower.replace(/^(?:d|l|qu|j|n|s|c|m|t|dell|dall|nell|sull|all)['’](?=\p{L}{2})/u, '');

/** A name or acronym as written, without an elided article before it: "l'UQAM" → "UQAM". */
export const withoutElidedArticle = (raw: string) => raw.replace(/^(?:d|l|qu)['’](?=\p{Lu})/u, '');

/** Languages that write compounds as one word: German, Dutch and Swedish ("sjösäkerhet", "Båtkörkort"). */
export const COMPOUNDING: ReadonlySet<string> = new Set(['de', 'nl', 'sv']);

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Two forms of one word in an inflected language: a shared start of five letters or more, at
 * most three letters of ending each ("europei"/"Europa", "Wrocławskiej"/"Wrocławska"); a short
 * word may change its last letter only ("Лицея"/"Лицей").
 */
export function nearForm(a: string, b: string): boolean {
  const p = commonPrefix(a, b);
  return (p >= 5 && a.length - p <= 3 && b.length - p <= 3) || (p >= 4 && a.length - p <= 1 && b.length - p <= 1);
}

/**
 * Whether the evidence has a word of the same root: a shared beginning of at least six letters
 * after which each word has at most an ending left ("entwick|elte", "entwick|lung"), or this
 * word ending a long compound of the evidence ("Analysen" in "Treibstoffeffizienzanalysen").
 * A longer tail is another word compounded on: "universiteits|brede" is university-wide.
 */
export function sharesRoot(ev: Evidence, lower: string): boolean {
  for (const f of ev.forms) if (sameRoot(f, lower) || (lower.length >= 7 && f.length >= 12 && f.endsWith(lower))) return true;
  return false;
}

/** Two words of one root: six shared letters or more, at most five after them in each (words of seven letters or more). */
export function sameRoot(a: string, b: string): boolean {
  // Short words are left out: a six-letter name ("Varian") shares its letters with too many words ("variance").
  if (b.length < 7) return false;
  const p = commonPrefix(a, b);
  return p >= 6 && a.length - p <= 5 && b.length - p <= 5;
}

/** Whether two adjacent words of the evidence, written together, make this word ("micro services" → "microservices"). */
export function joinedInEvidence(ev: Evidence, lower: string): boolean {
  return ev.words.some((w, i) => i + 1 < ev.words.length && w.lower.length >= 3 && `${w.lower}${ev.words[i + 1].lower}` === lower);
}

/**
 * Whether the evidence has a word of the same Snowball stem in the resume's language ("beheren"
 * for "beheer"); in German and Dutch also a past participle's root ("genotificeerd" for
 * "notificeren", "gesteuert" for "steuern"), which the stemmers leave with its "ge-".
 */
export function sameStemInLanguage(ev: Evidence, lower: string): boolean {
  if (ev.lang === 'en') return false;
  if (ev.langStems.has(stemmerFor(ev.lang)(lower))) return true;
  const root = (ev.lang === 'de' || ev.lang === 'nl') && lower.length >= 8 && lower.startsWith('ge') ? lower.slice(2) : null;
  return root !== null && (ev.langStems.has(stemmerFor(ev.lang)(root)) || sharesRoot(ev, root));
}

// Polish declines names and loanwords by ending: "Gita" is Git, "Bashu" Bash, "Dockerem" Docker.
const POLISH_CASE = /^(.{3,}?)(?:a|u|em|ie|owi|y|ach|ami|om|ów)$/u;

/** Whether a Polish word is a word of the evidence with a case ending. */
export function declinedFromEvidence(ev: Evidence, lower: string, has: (word: string) => boolean): boolean {
  if (ev.lang !== 'pl') return false;
  const root = POLISH_CASE.exec(lower)?.[1];
  return root !== undefined && (has(root) || has(`${root}e`));
}

/**
 * Whether a German or Dutch word is a part of a compound the evidence has: "Optimierung" of
 * "Aufstiegsbahnoptimierungssoftware", "Mondmissionen" of "Mondmissionsanalyse". Its stem
 * (at least six letters) must sit inside a longer evidence word; a part names nothing the
 * compound did not.
 */
export function partOfEvidenceCompound(ev: Evidence, lower: string): boolean {
  if (!COMPOUNDING.has(ev.lang)) return false;
  const stem = stemmerFor(ev.lang)(lower);
  if (stem.length < 6) return false;
  for (const f of ev.forms) if (f.length >= stem.length + 4 && f.includes(stem)) return true;
  return false;
}

// What joins the parts of a compound: "Zertifikat|s|verwaltung", "boek|en|webshop", "kund|service", "skol|a|vikarie".
const LINKS: Record<string, string[]> = { de: ['', 's', 'es', 'n', 'en', 'e', 'er'], nl: ['', 's', 'es', 'n', 'en', 'e', 'er'], sv: ['', 's', 'e', 'a', 'o', 'u'] };

/**
 * Whether a German or Dutch compound splits into two or three parts that are each `native`
 * (a word of the resume or of the language) or `borrowed` (an everyday English word), at least
 * one of them native: "Zertifikatsverwaltung" = "Zertifikat" + s + "Verwaltung",
 * "schoolboekenwebshop". Compounds are written as one word there, so a word list cannot hold
 * them, but their parts it can; two English words alone are a product name ("Pinecone").
 */
export function splitsIntoKnown(ev: Evidence, lower: string, native: (part: string) => boolean, borrowed: (part: string) => boolean = () => false): boolean {
  if (!COMPOUNDING.has(ev.lang)) return false;
  const links = LINKS[ev.lang]!;
  // 0: no split; 1: split with only borrowed parts; 2: split with a native part.
  const best = (word: string, depth: number): number => {
    if (word.length < 7 || depth > 1) return 0;
    let out = 0;
    for (let p = 3; p <= word.length - 3 && out < 2; p++) {
      const head = word.slice(0, p);
      for (const link of links) {
        if (!head.endsWith(link) || head.length - link.length < 3) continue;
        const first = head.slice(0, head.length - link.length);
        const firstNative = native(first);
        if (!firstNative && !borrowed(first)) continue;
        const tail = word.slice(p);
        const tailKind = native(tail) ? 2 : borrowed(tail) ? 1 : best(tail, depth + 1);
        if (tailKind === 0) continue;
        out = Math.max(out, firstNative || tailKind === 2 ? 2 : 1);
        if (out === 2) break;
      }
    }
    return out;
  };
  return best(lower, 0) === 2;
}

// An activity noun's ending, and the verb endings the same activity takes ("Senkung" → "senkt", "optimización" → "optimizó").
const NOUN_TO_VERB: Partial<Record<string, { noun: RegExp; verb: RegExp }>> = {
  de: { noun: /^(.{3,})ung(en)?$/u, verb: /^(?:ge)?(.{3,}?)(t|en|te|ten|et|end|e|st)$/u },
  nl: { noun: /^(.{3,})ing(en)?$/u, verb: /^(?:ge)?(.{3,}?)(t|en|de|den|te|ten|d)$/u },
  sv: { noun: /^(.{3,})(?:n)?ing(en|ar)?$/u, verb: /^(.{3,}?)(a|ade|at|ar|as|ades)$/u },
  fr: { noun: /^(.{3,})(?:ation|ement)s?$/u, verb: /^(.{3,}?)(er|é|ée|és|ées|e|es|ent|ant|ons|ez)$/u },
  es: { noun: /^(.{3,})(?:ación|aciones)$/u, verb: /^(.{3,}?)(ar|ado|ada|ados|adas|é|ó|ando|amos|a|an)$/u },
  pt: { noun: /^(.{3,})(?:ação|ações)$/u, verb: /^(.{3,}?)(ar|ado|ada|ados|adas|ei|ou|ando|amos|a|am)$/u },
  it: { noun: /^(.{3,})(?:azione|azioni)$/u, verb: /^(.{3,}?)(are|ato|ata|ati|ate|ando|o|ò|iamo|ano)$/u },
};

/**
 * Whether a verb form says the activity a noun of the evidence names: "senkt" for "Senkung",
 * "optimizó" for "optimización", "planerade" for "planering". Models turn a resume's noun lines
 * ("Senkung der Stückkosten") into verbs; the verb is rarer than the noun, and so not always in
 * the everyday list.
 */
export function verbOfEvidenceNoun(ev: Evidence, lower: string): boolean {
  const rule = NOUN_TO_VERB[ev.lang];
  if (!rule) return false;
  const verb = rule.verb.exec(lower);
  if (!verb) return false;
  const bases = [verb[1]!, lower.replace(/^ge/, '').replace(/(t|en|te|ten|et|end|e|st)$/, '')];
  for (const f of ev.forms) {
    const base = rule.noun.exec(f)?.[1];
    if (base && bases.some((b) => b === base || (base.length >= 4 && lower.startsWith(base) && lower.length - base.length <= 4))) return true;
  }
  return false;
}

/**
 * Nouns that name an activity, by their ending: "Konfiguration", "Verwaltung", "Automatización",
 * "Redazione", "Modelowanie". Resumes in these languages start their lines with them ("Redazione
 * di articoli"), and a model rewording a line picks another; tools and products are names, not
 * such nouns (a practice the taxonomy knows is still read as one before this).
 */
const PROCESS_NOUN: Partial<Record<string, RegExp>> = {
  de: /\p{L}{3}(ung|ation|ierung|tion)(en)?$/u,
  fr: /\p{L}{3}(tion|ment|age)s?$/u,
  es: /\p{L}{3}(ción|ciones|miento|mientos)$/u,
  it: /\p{L}{3}(zione|zioni|mento|menti)$/u,
  pt: /\p{L}{3}(ção|ções|mento|mentos)$/u,
  nl: /\p{L}{3}(ing|ingen|atie|aties)$/u,
  pl: /\p{L}{3}(anie|enie|aniu|eniu|acja|acji)$/u,
  ru: /\p{L}{3}(ание|ения|ение|ании|анием|ением|ация|ации|ацией)$/u,
  sv: /\p{L}{3}(ning|ningen|ningar|tion|tionen|tioner)$/u,
};

export const isProcessNoun = (lang: string, lower: string): boolean => PROCESS_NOUN[lang]?.test(lower) ?? false;
