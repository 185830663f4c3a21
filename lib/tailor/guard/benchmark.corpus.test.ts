import { describe, expect, it } from 'vitest';
import { benchTable, loadBench, runBench } from '../testing/guard-bench';

// Issue 12's bar, on the rewrites not used to build the checks (held-out half and fresh set):
// at least 95% of the fabrications of every kind flagged, at most 5% of honest rewrites.
describe('truthfulness benchmark (tests/fixtures/guard/rewrites.json)', { timeout: 120_000 }, () => {
  it('has ≥200 labelled rewrites over ≥6 resumes, honest and fabricated of every kind', () => {
    const items = loadBench();
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.resume)).size).toBeGreaterThanOrEqual(6);
    const kinds = new Set(items.filter((i) => i.label === 'fabricated').map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['credential', 'duration', 'employer', 'link', 'number', 'ownership', 'scope', 'seniority', 'tool']);
  });

  it('meets the recall and false-alarm targets on the held-out and fresh rewrites', async () => {
    const items = loadBench().filter((i) => i.split !== 'dev');
    const rows = benchTable((await runBench(items)).results);
    for (const r of rows) {
      if (r.label === 'honest') expect(r.flagged / r.n, 'false alarms').toBeLessThanOrEqual(0.05);
      else expect(r.flagged / r.n, `recall on ${r.kind}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
