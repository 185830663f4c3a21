import { describe, expect, it } from 'vitest';
import { formatElapsed, summariseProgress } from './progress-words';

describe('summariseProgress', () => {
  it('starts at zero with the first step in words', () => {
    expect(summariseProgress([])).toEqual({ percent: 0, words: 'Looking for an identical earlier run', note: null });
  });

  it('names the stage that has started and not finished, with its note', () => {
    const s = summariseProgress([
      { stage: 'cache', status: 'done', ms: 3 },
      { stage: 'segment', status: 'done', ms: 5 },
      { stage: 'analyse', status: 'done', ms: 9 },
      { stage: 'compile-master', status: 'done', ms: 900 },
      { stage: 'plan', status: 'start', message: 'asking gpt-4o-mini' },
    ]);
    expect(s.words).toBe('Choosing what to change');
    expect(s.note).toBe('asking gpt-4o-mini');
    expect(s.percent).toBeGreaterThan(10);
    expect(s.percent).toBeLessThan(50);
  });

  it('after a finished stage names the next one; a skipped stage counts as done', () => {
    const s = summariseProgress([{ stage: 'cache', status: 'done' }, { stage: 'segment', status: 'skipped', message: 'no lists' }]);
    expect(s.words).toBe('Reading the job posting');
    expect(s.note).toBeNull();
  });

  it('reaches 100 when every stage is done', () => {
    const stages = ['cache', 'segment', 'analyse', 'compile-master', 'plan', 'guard', 'apply', 'compile', 'fit', 'score', 'record'];
    expect(summariseProgress(stages.map((stage) => ({ stage, status: 'done' as const }))).percent).toBe(100);
  });
});

describe('formatElapsed', () => {
  it('reads as seconds, then minutes', () => {
    expect(formatElapsed(12_400)).toBe('12 s');
    expect(formatElapsed(65_000)).toBe('1 min 05 s');
  });
});
