/**
 * The truthfulness benchmark (issue 12): hand-labelled rewrites of real corpus bullets
 * (tests/fixtures/guard/rewrites.json) through the guard, without and with the model's
 * second opinion (answers recorded in tests/fixtures/guard/second-opinion.json, served by the
 * fake OpenAI server through the real SDK). Prints recall on fabrications and the false-alarm
 * rate on honest rewrites, per kind, for the development half, the held-out half and both.
 * Run alone: `npm run eval:guard`; `npm run eval` prints it first.
 *
 * `npm run eval:guard -- --set FILE [--projects DIR]` runs a set kept outside the repository
 * instead (rewrites of gathered projects' resumes, which are third-party text; format of
 * tests/fixtures/guard/*.json plus a `resumes` map, see loadExternalBench), rules only, per
 * language. DIR holds the resume-projects-N folders (default: the folder beside the repository).
 */
import { readFileSync } from 'node:fs';
import { createLlmClient } from '../../lib/llm/index.ts';
import { parseArgs } from 'node:util';
import { benchTable, loadBench, loadExternalBench, runBench, type BenchResult } from '../../lib/tailor/testing/guard-bench.ts';
import { startFakeProvider } from '../../tests/fakes/llm/index.ts';

const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');

/** One row per kind; the "rules + model" column only when `withModel` is given. */
function table(title: string, rules: BenchResult[], withModel?: BenchResult[]): string {
  const a = benchTable(rules);
  const b = new Map(benchTable(withModel ?? []).map((r) => [`${r.label}:${r.kind}`, r]));
  const cell = (flagged: number, n: number) => `${flagged}/${n} ${pct(flagged, n)}`.padStart(16);
  const lines = [title, `  ${'kind'.padEnd(24)}${'n'.padStart(5)}  ${'rules'.padStart(16)}${withModel ? `  ${'rules + model'.padStart(16)}` : ''}`];
  for (const r of a) {
    const m = b.get(`${r.label}:${r.kind}`);
    const what = r.label === 'honest' ? 'false alarms' : 'recall';
    lines.push(`  ${`${r.label === 'honest' ? '' : 'fabricated '}${r.kind}`.padEnd(24)}${String(r.n).padStart(5)}  ${cell(r.flagged, r.n)}${m ? `  ${cell(m.flagged, m.n)}` : ''}   ${what}`);
  }
  const fab = (rs: BenchResult[]) => rs.filter((r) => r.item.label === 'fabricated');
  const caught = (rs: BenchResult[]) => rs.filter((r) => r.verdict.verdict !== 'applied').length;
  lines.push(`  ${'all fabricated'.padEnd(24)}${String(fab(rules).length).padStart(5)}  ${cell(caught(fab(rules)), fab(rules).length)}${withModel ? `  ${cell(caught(fab(withModel)), fab(withModel).length)}` : ''}   recall`);
  return lines.join('\n');
}

const meets = (rs: BenchResult[]) => benchTable(rs).every((r) => (r.label === 'honest' ? r.flagged / r.n <= 0.05 : r.flagged / r.n >= 0.95));

/** Prints an external set's results (rules only: no recorded second opinions exist for it); returns 1 when it misses the issue's targets. */
async function externalBench(file: string, projectsRoot: string): Promise<number> {
  const { items, mains } = loadExternalBench(file, projectsRoot);
  const rules = (await runBench(items, undefined, mains)).results;
  const split = items[0]?.split ?? 'external';
  const langs = [...new Set(items.map((i) => i.lang ?? 'en'))].sort();
  const of = (lang: string) => rules.filter((r) => (r.item.lang ?? 'en') === lang);
  const out = [
    `Truthfulness guard — set "${split}": ${items.length} labelled rewrites over ${mains.size} resumes (${file}); caught = not applied; rules only`,
    table('All:', rules),
    table('English resumes:', of('en')),
    table('Resumes not in English:', rules.filter((r) => r.item.lang)),
    ...langs.filter((l) => l !== 'en').map((l) => {
      const rs = of(l);
      const fab = rs.filter((r) => r.item.label === 'fabricated');
      const hon = rs.filter((r) => r.item.label === 'honest');
      const caught = (x: BenchResult[]) => x.filter((r) => r.verdict.verdict !== 'applied').length;
      return `  ${l}: fabrications caught ${caught(fab)}/${fab.length} ${pct(caught(fab), fab.length)}, false alarms ${caught(hon)}/${hon.length} ${pct(caught(hon), hon.length)}`;
    }),
  ];
  process.stdout.write(out.join('\n\n') + '\n');
  return meets(rules) ? 0 : 1;
}

/** Prints the benchmark; returns 1 when the held-out and fresh rewrites (pooled) or either unseen set (alone) misses the issue's targets (≥95% recall per kind, ≤5% false alarms). */
export async function guardBench(): Promise<number> {
  const items = loadBench();
  const fake = await startFakeProvider('openai', { reply: readFileSync('tests/fixtures/guard/second-opinion.json', 'utf8') });
  try {
    const client = createLlmClient({ provider: 'openai', apiKey: 'eval-key', baseUrl: fake.baseUrl, model: 'gpt-4o-mini' }, { retry: { maxRetries: 0 } });
    const rules = (await runBench(items)).results;
    const model = await runBench(items, client);
    const pick = (rs: BenchResult[], split?: string) => rs.filter((r) => !split || r.item.split === split);
    const english = (rs: BenchResult[]) => rs.filter((r) => !r.item.lang);
    const out = [
      `Truthfulness guard — ${items.length} labelled rewrites over ${new Set(items.map((i) => i.resume)).size} corpus resumes (caught = not applied)`,
      table('Unseen 2 (twelve more resumes no other set uses, five not in English; written by another engineer before any run of the guard):', pick(rules, 'unseen-2'), pick(model.results, 'unseen-2')),
      table('Unseen 2, English resumes only:', english(pick(rules, 'unseen-2')), english(pick(model.results, 'unseen-2'))),
      table('Unseen (eight resumes no other set uses; written by another engineer before any run of the guard):', pick(rules, 'unseen'), pick(model.results, 'unseen')),
      table('Fresh (two more resumes, written after development; the first run had 2/28 false alarms, two general fixes followed):', pick(rules, 'fresh'), pick(model.results, 'fresh')),
      table('Held-out half (looked at once after development; three general fixes followed):', pick(rules, 'held-out'), pick(model.results, 'held-out')),
      table('Development half:', pick(rules, 'dev'), pick(model.results, 'dev')),
      table('All:', rules, model.results),
      `Second opinion: ${model.tokens.input} input + ${model.tokens.output} output tokens (recorded stand-in answers, see tests/fixtures/guard/second-opinion.json)`,
    ];
    process.stdout.write(out.join('\n\n') + '\n');
    // Each unseen set is judged on its own: pooled with the sets the rules were fixed on, its misses would hide.
    return meets([...pick(rules, 'held-out'), ...pick(rules, 'fresh')]) && meets(pick(rules, 'unseen')) && meets(pick(rules, 'unseen-2')) ? 0 : 1;
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { set: { type: 'string' }, projects: { type: 'string', default: '..' } } });
  (values.set ? externalBench(values.set, values.projects!) : guardBench()).then((code) => process.exit(code), (err) => { console.error(err); process.exit(1); });
}
