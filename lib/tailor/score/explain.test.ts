import { describe, expect, it } from 'vitest';
import type { PostingKeyword } from '../keywords/analyse';
import { explainScore } from './explain';
import { scoreText } from './score';

const kw = (term: string, importance: 'must' | 'nice'): PostingKeyword => ({ term, aliases: [], category: 'tool', importance, mentions: 1 });

describe('explainScore', () => {
  it('names the missing must-haves first', () => {
    const s = scoreText([kw('Python', 'must'), kw('Kubernetes', 'must'), kw('Terraform', 'must'), kw('Jira', 'nice')], 'I write Python.');
    expect(explainScore(s)).toBe('1 of 3 must-haves found; missing Kubernetes, Terraform.');
  });

  it('then the missing nice-to-haves, and says when nothing is missing', () => {
    expect(explainScore(scoreText([kw('Python', 'must'), kw('Jira', 'nice')], 'Python'))).toBe('All 1 must-haves found; nice-to-haves missing: Jira.');
    expect(explainScore(scoreText([kw('Python', 'must')], 'Python'))).toBe('Every keyword of the posting is in the resume.');
    expect(explainScore(scoreText([], 'Python'))).toMatch(/no keywords/);
  });
});
