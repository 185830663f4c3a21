/**
 * Lists the truthfulness benchmark's misses and false alarms for one split, with the claims
 * the guard found, to read after a run (`npx tsx scripts/eval/guard-bench-misses.ts unseen-2`),
 * or for a set kept outside the repository (`… --set FILE [--projects DIR]`, see guard-bench.ts).
 */
import { parseArgs } from 'node:util';
import { loadBench, loadExternalBench, runBench } from '../../lib/tailor/testing/guard-bench.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { set: { type: 'string' }, projects: { type: 'string', default: '..' } } });
const external = values.set ? loadExternalBench(values.set, values.projects!) : null;
const split = positionals[0] ?? 'unseen-2';
const { results } = external ? await runBench(external.items, undefined, external.mains) : await runBench(loadBench().filter((i) => i.split === split));
for (const { item, verdict } of results) {
  const caught = verdict.verdict !== 'applied';
  if (caught === (item.label === 'fabricated')) continue;
  const what = item.label === 'honest' ? `FALSE ALARM ${item.kind}` : `MISSED ${item.kind}`;
  const claims = verdict.claims.map((c) => `${c.kind}:${c.text}`).join(' | ') || verdict.issues.map((i) => i.code).join(',');
  process.stdout.write(`${what} [${item.resume}${item.lang ? ` ${item.lang}` : ''}]\n  was: ${item.original.replace(/\s+/g, ' ')}\n  now: ${item.newText.replace(/\s+/g, ' ')}\n  claims: ${claims}\n`);
}
