import { explainScore, type MatchScore } from '@/lib/tailor/index';

/** One line under the score: why it is what it is (the missing must-haves). */
export function ScoreReason({ score }: { score: MatchScore }) {
  return (
    <p data-testid="score-reason" style={{ margin: '2px 0 8px', fontSize: 12, color: '#555' }}>
      {explainScore(score)}
    </p>
  );
}
