// `npm run learn:keywords -- [DIR]` (DIR holds SkillSpan's *_train.conll; MIT licence)
// Learns the English overlay from expert annotations of real postings, train split only:
//   add:  knowledge spans annotated at least twice (tools, technologies, fields the taxonomies
//         spell differently: "ReactJS", "HTML5", "pair programming");
//   drop: terms the matcher finds at least three times of which fewer than a third fall on an
//         annotated skill or knowledge span (everyday words such as "excellent").
// Writes scripts/keywords/skillspan-overlay.json; `npm run build:keywords` then folds it in.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordTaxonomies, loadKeywordData } from '../../lib/tailor/keywords/keyword-data.ts';
import { analyseWithTaxonomy } from '../../lib/tailor/keywords/posting-analysis.ts';
import { readConll, type Sentence } from './skillspan.ts';

const MIN_ADD = 2;
// Named technologies, titles and degrees stay whatever SkillSpan's annotators did with them
// (they do not mark job titles; a posting's title words matter to an ATS), and so do fields
// that are whole professions elsewhere (an accountant's posting asks for accounting).
const NEVER_DROP_CATEGORIES = new Set(['title', 'language', 'framework', 'tool', 'cloud', 'data', 'certification', 'degree']);
const KEEP = new Set(['accounting', 'marketing', 'logistics', 'Danish', 'PhD', 'data analysis', 'cyber security', 'open source', 'immunology', 'optics', 'geography', 'history', 'Economics', 'Physics', 'sales', 'healthcare', 'surgery', 'supply chain']);
const MIN_HITS = 3;
const MIN_PRECISION = Number(process.env.LEARN_MIN_PRECISION ?? 1 / 3);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/work/skillspan';
  const sentences: Sentence[] = readdirSync(dir).filter((f) => f.endsWith('_train.conll')).flatMap((f) => readConll(join(dir, f)));
  const spanText = (s: Sentence, k: [number, number]) => s.text.slice(s.tokens[k[0]].start, s.tokens[k[1]].end);
  const counts = new Map<string, { label: string; n: number }>();
  for (const s of sentences) {
    for (const k of s.knowledge) {
      const label = spanText(s, k).replace(/\s+([,.;:)])/g, '$1').replace(/[,.;:]+$/, '').trim();
      if (!label || label.split(/\s+/).length > 4 || /^[\W\d]+$/.test(label) || /<[A-Z]+>/.test(label)) continue;
      const key = label.toLowerCase();
      const c = counts.get(key) ?? { label, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  }
  await loadKeywordData('en');
  const hits = new Map<string, { n: number; on: number }>();
  for (const s of sentences) {
    const annotated = [...s.skill, ...s.knowledge];
    // Judged on what the posting analysis shows (the sentence read as a posting), as eval:keywords scores it.
    for (const { term, occurrences } of analyseWithTaxonomy(keywordTaxonomies('en')!, { description: s.text })) {
      for (const r of occurrences) {
        const first = s.tokens.findIndex((t) => t.end > r.start);
        const last = s.tokens.findIndex((t) => t.end >= r.end);
        const h = hits.get(term) ?? { n: 0, on: 0 };
        h.n++;
        if (annotated.some(([a, b]) => a <= last && first <= b)) h.on++;
        hits.set(term, h);
      }
    }
  }
  const category = new Map((JSON.parse(readFileSync('lib/tailor/keywords/data/en.json', 'utf8')) as { terms: { c: string; k: string }[] }).terms.map((t) => [t.c, t.k]));
  const drop = [...hits]
    .filter(([t, h]) => h.n >= MIN_HITS && h.on / h.n < MIN_PRECISION && !NEVER_DROP_CATEGORIES.has(category.get(t) ?? '') && !KEEP.has(t))
    .map(([t]) => t).sort();
  const add = [...counts.values()].filter((c) => c.n >= MIN_ADD && !drop.some((d) => d.toLowerCase() === c.label.toLowerCase())).map((c) => c.label).sort();
  writeFileSync('scripts/keywords/skillspan-overlay.json', `${JSON.stringify({ _source: 'SkillSpan train split (kris927b/SkillSpan, MIT), learned by scripts/keywords/learn-from-skillspan.ts', add, drop }, null, 1)}\n`);
  console.log(`${sentences.length} sentences: add ${add.length}, drop ${drop.length} (${drop.slice(0, 40).join(', ')})`);
}

void main();
