import { Check, Plus, Star, X } from 'lucide-react';
import type { MatchScore } from '@/lib/tailor/index';
import { Badge } from '@/components/ui/badge';

/**
 * Each posting keyword as a chip: present or missing in the tailored PDF (the master's when
 * there is none), must-haves starred and first, and the ones tailoring added marked "+".
 */
export function KeywordTable({ before, after }: { before: MatchScore; after: MatchScore | null }) {
  const afterByTerm = new Map(after?.keywords.map((k) => [k.term, k]));
  const rows = before.keywords
    .map((k) => {
      const a = afterByTerm.get(k.term);
      const present = a ? a.present : k.present;
      return { term: k.term, must: k.importance === 'must', present, added: !k.present && Boolean(a?.present), where: (a ?? k).where.join(' … ') };
    })
    .sort((x, y) => Number(y.must) - Number(x.must) || Number(y.present) - Number(x.present));
  const missing = rows.filter((r) => !r.present);
  return (
    <div className="flex flex-col gap-2" data-testid="keyword-table">
      <ul className="m-0 flex list-none flex-wrap gap-1.5 p-0" aria-label="Posting keywords">
        {rows.map((r) => (
          <li key={r.term} title={r.where || undefined}>
            <Badge tone={r.present ? (r.added ? 'primary' : 'success') : r.must ? 'danger' : 'neutral'} className="text-xs">
              {r.present ? (r.added ? <Plus aria-hidden /> : <Check aria-hidden />) : <X aria-hidden />}
              {r.term}
              {r.must ? <Star aria-label="must-have" className="fill-current" /> : null}
              <span className="sr-only">{r.present ? (r.added ? ', added by tailoring' : ', present') : ', missing'}</span>
            </Badge>
          </li>
        ))}
      </ul>
      <p className="m-0 flex flex-wrap gap-x-3 text-[11px] text-muted-foreground">
        <span><Star aria-hidden className="inline size-3 fill-current" /> must-have</span>
        <span><Check aria-hidden className="inline size-3" /> in your PDF</span>
        <span><Plus aria-hidden className="inline size-3" /> added by tailoring</span>
        <span><X aria-hidden className="inline size-3" /> missing{missing.length ? ` (${missing.length})` : ''}</span>
      </p>
    </div>
  );
}
