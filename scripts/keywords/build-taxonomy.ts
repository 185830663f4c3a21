// `npm run build:keywords -- [--esco DIR] [--onet FILE]`
// Generates lib/tailor/keywords/data/<lang>.json, the matcher's vocabulary per language, from
//   - ESCO skills (knowledge concepts, and skill concepts of at most three words) with their
//     alternative labels, in each language whose CSV export is in DIR (skills_<lang>.csv);
//   - O*NET's Technology Skills (tool and software names; names are the same in every language);
//   - the hand-written lexicon (lib/tailor/keywords/lexicon.ts) as the curated overlay: aliases
//     and case-sensitive names (Go, R, React), which win over the taxonomies;
//   - scripts/keywords/overlay.json: everyday words dropped, translations where ESCO is missing.
// Phrases are stored stemmed with the same Snowball stemmer the matcher uses at run time.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON } from '../../lib/tailor/keywords/lexicon.ts';
import { phraseKey } from '../../lib/tailor/keywords/taxonomy/phrase-key.ts';
import { KEYWORD_LANGUAGES, type KeywordLanguage, type TaxonomyData, type TaxonomyTerm } from '../../lib/tailor/keywords/taxonomy/types.ts';
import { parseCsv } from './csv.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ESCO_DIR = opt('--esco', '/work/taxonomy-src');
const ONET = opt('--onet', '/work/taxonomy-src/onet-technology-skills.txt');
const OUT = 'lib/tailor/keywords/data';
const overlay = JSON.parse(readFileSync('scripts/keywords/overlay.json', 'utf8')) as { drop: string[]; translations: Record<string, Record<string, string[]>> };
// --no-learned: the vocabulary before SkillSpan's lessons (what learn-from-skillspan.ts measures).
const learned = !args.includes('--no-learned') && existsSync('scripts/keywords/skillspan-overlay.json')
  ? (JSON.parse(readFileSync('scripts/keywords/skillspan-overlay.json', 'utf8')) as { add: string[]; drop: string[] })
  : { add: [], drop: [] };
const DROP = new Set([...overlay.drop, ...learned.drop].map((d) => d.toLowerCase()));
const DROPPED_TERMS = new Set(learned.drop);
const MAX_WORDS = 4;

interface EscoRow { uri: string; type: string; labels: string[] }

/** ESCO CSV rows: preferred label first, then alternative labels (one per line in the cell). */
function readEsco(lang: string): Map<string, EscoRow> {
  const file = join(ESCO_DIR, lang === 'en' ? 'skills_en-us.csv' : `skills_${lang}.csv`);
  const out = new Map<string, EscoRow>();
  if (!existsSync(file)) return out;
  for (const r of parseCsv(readFileSync(file, 'utf8'))) {
    const labels = [r.preferredLabel, ...(r.altLabels ?? '').split('\n')].map((l) => (l ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim()).filter(Boolean);
    out.set(r.conceptUri, { uri: r.conceptUri, type: r.skillType, labels });
  }
  return out;
}

/** O*NET tool names used by at least `min` occupations or marked hot technology. */
function readOnet(min = 3): string[] {
  if (!existsSync(ONET)) return [];
  const [header, ...lines] = readFileSync(ONET, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  const count = new Map<string, number>();
  const hot = new Set<string>();
  for (const line of lines) {
    const c = line.split('\t');
    const name = c[cols.indexOf('Example')]?.trim();
    if (!name) continue;
    count.set(name, (count.get(name) ?? 0) + 1);
    if (c[cols.indexOf('Hot Technology')] === 'Y') hot.add(name);
  }
  return [...count].filter(([n, k]) => k >= min || hot.has(n)).map(([n]) => n);
}

const usable = (label: string, maxWords = MAX_WORDS): boolean =>
  label.length >= 2 && label.split(/\s+/).length <= maxWords && !DROP.has(label.toLowerCase()) && !/[;:!?]/.test(label);

function build(lang: KeywordLanguage, escoEn: Map<string, EscoRow>): TaxonomyData {
  const terms: TaxonomyTerm[] = [];
  const seen = new Map<string, number>(); // phrase key → term index: the first source to claim a phrase keeps it
  const add = (canonical: string, category: string, phrases: string[], exactCase: string[] = []) => {
    if (DROPPED_TERMS.has(canonical)) return;
    let index = terms.findIndex((t) => t.c === canonical);
    const keys: string[] = [];
    for (const p of phrases) {
      const stemmed = phraseKey(p, lang);
      // One-word phrases carry the label's length: a much shorter or longer word with the same
      // stem is another word ("account" is not "accounting", "excellent" not "Excel").
      const key = stemmed && !stemmed.includes(' ') && /^\p{L}+$/u.test(stemmed) ? `${stemmed}|${p.length}` : stemmed;
      if (!key || seen.has(stemmed) || seen.has(key)) continue;
      seen.set(stemmed, -1);
      keys.push(key);
    }
    const exact = exactCase.filter((p) => !seen.has(`=${p}`));
    if (!keys.length && !exact.length) return;
    if (index < 0) { index = terms.length; terms.push({ c: canonical, k: category, p: [], e: [] }); }
    for (const key of keys) { seen.set(key, index); terms[index].p.push(key); }
    for (const e of exact) { seen.set(`=${e}`, index); terms[index].e.push(e); }
  };
  // 1. The curated overlay: the hand-written lexicon, case-sensitive names kept as written.
  for (const e of LEXICON) {
    const spellings = [e.name, ...(e.aliases ?? [])];
    const exact = spellings.filter((s) => e.exactCase || (s.length <= 3 && s === s.toUpperCase()));
    add(e.name, e.category, spellings.filter((s) => !exact.includes(s)), exact);
  }
  for (const [canonical, words] of Object.entries(overlay.translations[lang] ?? {})) add(canonical, 'knowledge', words);
  // 2. O*NET technology: product names, also without their vendor ("Microsoft Excel" → "Excel").
  for (const name of readOnet()) {
    if (!usable(name, 5)) continue;
    const bare = name.replace(/^(Microsoft|Oracle|Adobe|Google|Apple|IBM|SAP|Autodesk|Amazon)\s+/, '');
    add(name, 'tool', [name, ...(bare !== name && usable(bare) && bare.split(/\s+/).length > 1 ? [bare] : [])]);
  }
  // 3. Knowledge terms experts marked in real postings (SkillSpan train), English only.
  if (lang === 'en') for (const label of learned.add) if (usable(label)) add(label, 'knowledge', [label]);
  // 4. ESCO: knowledge concepts, then short skill concepts; canonical names in English.
  const esco = lang === 'en' ? escoEn : readEsco(lang);
  for (const pass of ['knowledge', 'skill']) {
    for (const row of esco.values()) {
      const isKnowledge = row.type.includes('knowledge');
      if ((pass === 'knowledge') !== isKnowledge) continue;
      const canonical = escoEn.get(row.uri)?.labels[0] ?? row.labels[0];
      const labels = row.labels.filter((l) => usable(l, isKnowledge ? MAX_WORDS : 3));
      add(canonical, isKnowledge ? 'knowledge' : 'skill', labels);
    }
  }
  return { lang, version: 1, terms };
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const escoEn = readEsco('en');
  for (const lang of KEYWORD_LANGUAGES) {
    const data = build(lang, escoEn);
    const file = join(OUT, `${lang}.json`);
    writeFileSync(file, JSON.stringify(data));
    const phrases = data.terms.reduce((n, t) => n + t.p.length + t.e.length, 0);
    console.log(`${lang}: ${data.terms.length} terms, ${phrases} phrases, ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}

main();
