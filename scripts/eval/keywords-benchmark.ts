// `npm run eval:keywords -- DIR [--split dev|test] [--show N] [--raw | --lexicon]`
// Scores the keywords Bespoke shows (the posting analysis, each sentence read as a posting of one
// line; `--raw`: every term the bare matcher finds, as resumes and the guard use it) on SkillSpan (Zhang et al., NAACL 2022: job postings annotated by
// experts with skill and knowledge spans; CoNLL files token<TAB>skill-tag<TAB>knowledge-tag).
//   recall    = annotated knowledge spans (tools, technologies, certifications, languages)
//               that overlap a matcher hit / all annotated knowledge spans
//   precision = matcher hits that overlap an annotated skill or knowledge span / all hits
// Develop on dev (the default); report test. `--lexicon` scores the hand-written lexicon alone. The files stay outside the repository.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconMatchers } from '../../lib/tailor/keywords/analyse.ts';
import { findSkills, keywordTaxonomies, loadKeywordData } from '../../lib/tailor/keywords/keyword-data.ts';
import { analyseWithTaxonomy } from '../../lib/tailor/keywords/posting-analysis.ts';
import { findHits } from '../../lib/tailor/keywords/match.ts';
import { readConll } from '../keywords/skillspan.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '/work/skillspan';
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
  const lexicon = args.includes('--lexicon');
  const raw = args.includes('--raw');
  const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
  await loadKeywordData('en');
  for (const file of readdirSync(dir).filter((f) => f.endsWith(`_${split}.conll`)).sort()) {
    let knowledge = 0, found = 0, hits = 0, onSpan = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const s of readConll(join(dir, file))) {
      // --lexicon: the hand-written lexicon alone (the matcher before the taxonomy), for comparison.
      const hitRanges = lexicon
        ? lexiconMatchers().flatMap((m) => findHits(m, s.text).map((h) => ({ start: h.index, end: h.index + 1 })))
        : raw ? [...findSkills(s.text, 'en')!.values()].flat()
          : analyseWithTaxonomy(keywordTaxonomies('en')!, { description: s.text }).flatMap((k) => k.occurrences);
      const tokenRange = (r: { start: number; end: number }): [number, number] =>
        [s.tokens.findIndex((t) => t.end > r.start), s.tokens.findIndex((t) => t.end >= r.end)];
      const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
      for (const k of s.knowledge) {
        knowledge++;
        if (hitRanges.some((h) => overlaps(tokenRange(h), k))) found++;
        else missed.push(s.tokens.slice(k[0], k[1] + 1).map((t) => s.text.slice(t.start, t.end)).join(' '));
      }
      for (const h of hitRanges) {
        hits++;
        if ([...s.skill, ...s.knowledge].some((k) => overlaps(tokenRange(h), k))) onSpan++;
        else wrong.push(s.text.slice(h.start, h.end));
      }
    }
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0');
    console.log(`${file}: knowledge recall ${pct(found, knowledge)}% (${found}/${knowledge}), precision ${pct(onSpan, hits)}% (${onSpan}/${hits})`);
    if (show) {
      const top = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, show).map(([x, n]) => `${x}×${n}`).join(', ');
      console.log(`  missed: ${top(missed)}\n  off-span: ${top(wrong)}`);
    }
  }
}

void main();
