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
    // The kinds at least; the second unseen set adds kinds models produce (sole-credit, aim-as-done, …).
    expect([...kinds]).toEqual(expect.arrayContaining(['credential', 'duration', 'employer', 'link', 'number', 'ownership', 'scope', 'seniority', 'tool']));
  });

  it('meets the recall and false-alarm targets on the held-out and fresh rewrites', async () => {
    const items = loadBench().filter((i) => i.split === 'held-out' || i.split === 'fresh');
    const rows = benchTable((await runBench(items)).results);
    for (const r of rows) {
      if (r.label === 'honest') expect(r.flagged / r.n, 'false alarms').toBeLessThanOrEqual(0.05);
      else expect(r.flagged / r.n, `recall on ${r.kind}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  // The unseen set (tests/fixtures/guard/rewrites-unseen.json) was written before any run and
  // first gave 100/107 caught, 29/104 false alarms; the fixes of session 4 were made with its
  // misses in view, so it is no longer unseen. This holds what they reached (5 of 9 kinds at
  // 100%, ownership 11/12, scope 12/13, 6/104 false alarms), short of the bar: a fresh
  // set written by someone else is still the honest measure.
  it('holds the unseen set at what the session-4 fixes reached', async () => {
    const rows = benchTable((await runBench(loadBench().filter((i) => i.split === 'unseen'))).results);
    const honest = rows.find((r) => r.label === 'honest')!;
    expect(honest.flagged, 'false alarms of 104').toBeLessThanOrEqual(6);
    const fabricated = rows.filter((r) => r.label === 'fabricated');
    expect(fabricated.reduce((n, r) => n + r.n - r.flagged, 0), 'missed fabrications of 107').toBeLessThanOrEqual(2);
  });

  // The second unseen set (rewrites-unseen-2.json, session 6) first gave 174/196 caught and
  // 44/169 false alarms (docs/notes/session-6/issue-12-unseen-2-first-look.txt); the session-6
  // fixes were made with its misses in view. This holds what they reached: 9 of 195 missed,
  // 30 of 170 false alarms, 6 of 116 on the English resumes (the rest are on the five resumes
  // in other languages, which the word lists are not built for).
  it('holds the second unseen set at what the session-6 fixes reached', async () => {
    const { results } = await runBench(loadBench().filter((i) => i.split === 'unseen-2'));
    const rows = benchTable(results);
    expect(rows.filter((r) => r.label === 'fabricated').reduce((n, r) => n + r.n - r.flagged, 0), 'missed fabrications of 195').toBeLessThanOrEqual(9);
    expect(rows.find((r) => r.label === 'honest')!.flagged, 'false alarms of 170').toBeLessThanOrEqual(30);
    const english = benchTable(results.filter((r) => !r.item.lang)).find((r) => r.label === 'honest')!;
    expect(english.flagged, 'false alarms of 116 on English resumes').toBeLessThanOrEqual(6);
  });
});
