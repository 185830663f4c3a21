import type { RunRecord } from '@/lib/db/records';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Disclosure } from '@/components/ui/disclosure';

/** The earlier runs for the job on screen: when, how it ended, the score (all jobs: History tab). */
export function RunHistory({ runs, selectedId, onSelect }: { runs: RunRecord[]; selectedId?: string; onSelect(id: string): void }) {
  return (
    <Disclosure summary={`Runs for this job (${runs.length})`} defaultOpen>
      <ul className="m-0 flex list-none flex-col gap-0.5 p-0" data-testid="run-history">
        {runs.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              aria-current={r.id === selectedId}
              onClick={() => onSelect(r.id)}
              className={cn('flex w-full cursor-pointer items-center gap-2 rounded-md px-2 py-1 text-left text-xs hover:bg-muted', r.id === selectedId && 'bg-accent')}
            >
              <span className="flex-1">{new Date(r.startedAt).toLocaleString()}</span>
              {r.scoreBefore !== undefined ? <span className="tabular-nums">{r.scoreBefore} → {r.scoreAfter ?? '—'}</span> : null}
              <Badge>{r.status}</Badge>
            </button>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
