import type { MatchScore } from '@/lib/tailor/index';

/** Each posting keyword: must-have or nice-to-have, present or missing in the compiled PDF. */
export function KeywordTable({ before, after }: { before: MatchScore; after: MatchScore | null }) {
  const afterByTerm = new Map(after?.keywords.map((k) => [k.term, k]));
  return (
    <table data-testid="keyword-table" style={{ width: '100%', fontSize: 12, borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th align="left">Keyword</th>
          <th align="left">Weight</th>
          <th align="left">Master</th>
          <th align="left">Tailored</th>
        </tr>
      </thead>
      <tbody>
        {before.keywords.map((k) => {
          const a = afterByTerm.get(k.term);
          return (
            <tr key={k.term} title={(a ?? k).where.join(' … ')}>
              <td>{k.term}</td>
              <td>{k.importance === 'must' ? 'must-have' : 'nice'}</td>
              <td>{k.present ? '✓' : '—'}</td>
              <td>{a ? (a.present ? '✓' : '—') : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
