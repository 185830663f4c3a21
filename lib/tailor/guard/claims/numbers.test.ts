import { describe, expect, it } from 'vitest';
import { quantitiesIn, yearRangeBacked, yearRangesIn } from './numbers';

describe('numbers without digits and spans of years', () => {
  it('reads "a decade" as ten years and doubling/halving as numbers', () => {
    expect(quantitiesIn('ran the lab for over a decade')).toEqual([expect.objectContaining({ value: 10, unit: 'year', duration: true })]);
    expect(quantitiesIn('doubling sign-ups').map((q) => q.value)).toEqual([2]);
    expect(quantitiesIn('halved the build time').map((q) => q.value)).toEqual([0.5]);
  });

  it('finds year ranges written with a dash or words', () => {
    expect(yearRangesIn('From 2016 to 2020 I taught; 2012–2014 abroad').map((r) => [r.from, r.to])).toEqual([[2016, 2020], [2012, 2014]]);
  });

  it('backs a range by the same range anywhere, or both years in the cited lines, never by two stray years', () => {
    const r = yearRangesIn('from 2016 to 2020')[0];
    expect(yearRangeBacked(r, 'Tutor — 2016 – 2020', '')).toBe(true);
    expect(yearRangeBacked(r, '', 'Taught in 2016 and again in 2020')).toBe(true);
    expect(yearRangeBacked(r, 'BSc 2016\nPhD 2020 – 2024', 'Taught weekly')).toBe(false);
  });
});
