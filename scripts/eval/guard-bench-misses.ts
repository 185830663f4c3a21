/**
 * Lists the truthfulness benchmark's misses and false alarms for one split, with the claims
 * the guard found, to read after a run (`npx tsx scripts/eval/guard-bench-misses.ts unseen-2`).
 */
import { loadBench, runBench } from '../../lib/tailor/testing/guard-bench.ts';

const split = process.argv[2] ?? 'unseen-2';
const { results } = await runBench(loadBench().filter((i) => i.split === split));
for (const { item, verdict } of results) {
  const caught = verdict.verdict !== 'applied';
  if (caught === (item.label === 'fabricated')) continue;
  const what = item.label === 'honest' ? `FALSE ALARM ${item.kind}` : `MISSED ${item.kind}`;
  const claims = verdict.claims.map((c) => `${c.kind}:${c.text}`).join(' | ') || verdict.issues.map((i) => i.code).join(',');
  process.stdout.write(`${what} [${item.resume}]\n  was: ${item.original.replace(/\s+/g, ' ')}\n  now: ${item.newText.replace(/\s+/g, ' ')}\n  claims: ${claims}\n`);
}
