import { describe, expect, it } from 'vitest';
import { findCulprits } from './bisect';

// The compile is replaced by a predicate here on purpose: this tests the search itself.
// Real compiles through bisection are covered in pipeline.test.ts.
describe('findCulprits', () => {
  it('finds one or several culprits with about 2·log₂(n) probes', async () => {
    for (const bad of [[7], [2, 13], [0, 15]]) {
      const units = Array.from({ length: 16 }, (_, i) => i);
      let probes = 0;
      const found = await findCulprits(units, async (set) => { probes++; return set.some((u) => bad.includes(u)); });
      expect(found.sort((a, b) => a - b)).toEqual(bad);
      expect(probes).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(16)) * bad.length + 2);
    }
  });

  it('returns the whole set when only the combination fails', async () => {
    const found = await findCulprits([1, 2], async (set) => set.length === 2);
    expect(found).toEqual([1, 2]);
  });
});
