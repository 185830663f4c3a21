import { Trash2 } from 'lucide-react';
import { APPLICATION_STATUSES, statusInfo } from '@/components/job/application-status';
import type { ApplicationStatus, HistoryRow } from '@/lib/db/history';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const RUN_TONE = { running: 'primary', failed: 'danger', cancelled: 'neutral', done: 'success' } as const;

/** One run in the history: role and company, date, score, run status, and the job's application status. */
export function HistoryRowView({ row, selected, onToggleSelect, onOpen, onStatus, onDelete }: {
  row: HistoryRow;
  selected: boolean;
  onToggleSelect(): void;
  onOpen(): void;
  onStatus(status: ApplicationStatus): void;
  onDelete(): void;
}) {
  const status = statusInfo(row.applicationStatus ?? undefined);
  const since = row.applicationStatusAt;
  const title = row.jobMissing ? 'Deleted job' : row.title ?? 'Untitled job';
  return (
    <div data-testid="history-row" className={cn('flex items-start gap-2 border-b border-border px-1 py-2', selected && 'bg-accent/60')}>
      <input type="checkbox" className="mt-1 size-4 shrink-0 accent-primary" checked={selected} onChange={onToggleSelect} aria-label={`Select the run for ${title}`} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <button type="button" onClick={onOpen} className="min-w-0 cursor-pointer rounded-sm text-left hover:text-primary">
          <span className="block truncate text-sm font-medium">{title}</span>
          <span className="block truncate text-xs text-muted-foreground">
            {row.company ?? 'unknown company'} · {dateFmt.format(row.startedAt)}
          </span>
        </button>
        <div className="flex flex-wrap items-center gap-1.5">
          {row.scoreBefore !== undefined ? (
            <span className="text-xs tabular-nums" aria-label={`score ${row.scoreBefore} to ${row.scoreAfter ?? 'none'}`}>
              {row.scoreBefore} → <strong>{row.scoreAfter ?? '—'}</strong>
            </span>
          ) : null}
          {row.status !== 'done' ? <Badge tone={RUN_TONE[row.status]}>{row.status}</Badge> : null}
          {!row.jobMissing ? (
            <label className="ml-auto flex items-center gap-1 text-[11px] text-muted-foreground">
              <span className="sr-only">Application status for {title}</span>
              <select
                value={status.id}
                onChange={(e) => onStatus(e.target.value as ApplicationStatus)}
                className={cn('h-6 cursor-pointer rounded-full border px-2 text-[11px] font-medium', 'border-border bg-card text-foreground')}
              >
                {APPLICATION_STATUSES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
              {since ? <span title={new Date(since).toLocaleString()}>{dateFmt.format(since)}</span> : null}
            </label>
          ) : null}
        </div>
      </div>
      <Button size="icon" variant="ghost" aria-label={`Delete the run for ${title}`} onClick={onDelete}>
        <Trash2 aria-hidden />
      </Button>
    </div>
  );
}
