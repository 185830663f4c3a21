import { irregular } from 'en-inflectors/dist/verb/solve_lookup.js';
import porter2 from 'wink-porter2-stemmer';

/**
 * Word forms for the truthfulness checks. Stems come from wink-porter2-stemmer (Porter's
 * English stemmer v2, maintained by the wink NLP project): "designing"/"designed"/"design"
 * share a stem, as do "users"/"user". Irregular verbs ("built", "kept", "won", "troubleshot")
 * are first mapped to their base form with en-inflectors' table of English irregular verbs
 * (88 kB). A dictionary lemmatizer (wink-lemmatizer, natural's WordNet) would do both but
 * brings ~3 MB of WordNet into the service worker.
 */
const BASE = new Map<string, string>();
for (const [base, ...forms] of irregular) for (const f of forms) if (f !== base && !BASE.has(f)) BASE.set(f, base);

/** The base of an irregular form, also inside a compound: "troubleshot" → "troubleshoot", "rebuilt" → "rebuild". */
function baseForm(word: string): string {
  const direct = BASE.get(word);
  if (direct) return direct;
  const prefix = /^(re|un|over|under|out|up|mis|with|fore|co|pre|trouble|down)(?=[a-z]{3})/.exec(word)?.[0];
  const tail = prefix ? BASE.get(word.slice(prefix.length)) : undefined;
  return tail ? prefix + tail : word;
}

/** One word of a text: its surface form, lower case, stem, and where it stands. */
export interface Word {
  raw: string;
  lower: string;
  stem: string;
  index: number;
}

// Letters/digits joined by inner dots, slashes, plus, hash, apostrophes or hyphens ("Node.js", "CI/CD", "C++", "fin-tech").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}+#]|[.'’/-](?=[\p{L}\p{N}]))*[+#]*/gu;

const cache = new Map<string, string>();
/** The Porter2 stem of a lower-case word (hyphens and dots dropped first: "fin-tech" = "fintech"). */
export function stemOf(lower: string): string {
  let s = cache.get(lower);
  if (s === undefined) {
    // Spelling, not stemming: British -ise/-yse forms and -ysis nouns join their -ize/-yze family ("analysis", "analysed" → "analyze").
    const flat = lower.replace(/['’]s$/, '').replace(/[-.'’]/g, '')
      .replace(/ys(is|es|e|ed|ing)$/, (_, e: string) => `yz${e === 'is' || e === 'es' ? 'e' : e}`)
      .replace(/^(.{4,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2');
    // Porter2 undoubles a final consonant only after removing a suffix ("adding" → "ad", "add" → "add"); undoubling always keeps one family one stem.
    s = /^[a-z]+$/.test(flat) ? porter2(baseForm(flat)).replace(/([b-df-hj-np-tv-z])\1$/, '$1') : flat;
    if (cache.size > 20000) cache.clear();
    cache.set(lower, s);
  }
  return s;
}

/** The words of a plain text, in order. */
export function wordsOf(plain: string): Word[] {
  return [...plain.matchAll(WORD)].map((m) => {
    const lower = m[0].toLowerCase();
    return { raw: m[0], lower, stem: stemOf(lower), index: m.index ?? 0 };
  });
}

/** Function words and resume glue that carry no claim of their own. */
export const STOPWORDS = new Set(`a an the and or nor but of to in on at by for with from into onto over under via per as than then that which who whom whose this these those it its it's is are was were be been being has have had do does did done will would can could should may might must shall i me my we our us you your he she his her they them their there here also both each either neither not no so such too very just only own same other others another more most less least many much few several some any all every whole entire up down out about across after before during while when where why how what whether within without through throughout toward towards upon against among amongst along around between beyond plus etc e.g i.e using used use uses utilizing utilize leveraging leverage including include includes included based like well new now currently today still already ever one since until ago`.split(/\s+/));
