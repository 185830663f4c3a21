import { useMemo, useState, type DragEvent } from 'react';
import { APPLICATION_STATUSES, statusInfo } from '@/components/job/application-status';
import type { ApplicationStatus, HistoryRow } from '@/lib/db/history';
import { boardColumns, type BoardCard } from '@/lib/db/history-board';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
/** A column shows this many cards at first: a board of 1,000 jobs stays quick to draw. */
const PAGE = 50;
const DRAG_TYPE = 'application/x-bespoke-job';

/**
 * The applications as a board: one column per status (saved → rejected), one card per job.
 * A card moves by its status menu (keyboard, screen readers) or by dragging it to a column;
 * every move is dated, and the card shows the dates the job reached each status.
 */
export function HistoryBoard({ rows, onOpen, onStatus }: { rows: HistoryRow[]; onOpen(runId: string): void; onStatus(jobId: string, status: ApplicationStatus): void }) {
  const columns = useMemo(() => boardColumns(rows), [rows]);
  const [over, setOver] = useState<ApplicationStatus | null>(null);
  const drop = (status: ApplicationStatus) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const jobId = e.dataTransfer.getData(DRAG_TYPE);
    if (jobId) onStatus(jobId, status);
  };
  return (
    <div role="region" aria-label="Applications board" tabIndex={0} data-testid="history-board" className="-mx-3 flex snap-x scroll-px-3 gap-2 overflow-x-auto px-3 pb-2 focus-visible:outline-2 focus-visible:outline-ring">
      {APPLICATION_STATUSES.map((s) => (
        <section
          key={s.id}
          aria-label={`${s.label}: ${columns[s.id].length}`}
          data-testid={`board-column-${s.id}`}
          onDragOver={(e) => { if (e.dataTransfer.types.includes(DRAG_TYPE)) { e.preventDefault(); setOver(s.id); } }}
          onDragLeave={() => setOver((o) => (o === s.id ? null : o))}
          onDrop={drop(s.id)}
          className={cn('flex w-44 shrink-0 snap-start flex-col gap-1.5 rounded-lg border bg-muted/50 p-1.5', over === s.id ? 'border-primary bg-accent' : 'border-border')}
        >
          <h3 className="flex items-center gap-1.5 px-1 text-xs font-semibold">
            <Badge tone={s.tone}>{s.label}</Badge>
            <span className="text-muted-foreground tabular-nums">{columns[s.id].length}</span>
          </h3>
          <Column cards={columns[s.id]} onOpen={onOpen} onStatus={onStatus} />
        </section>
      ))}
    </div>
  );
}

function Column({ cards, onOpen, onStatus }: { cards: BoardCard[]; onOpen(runId: string): void; onStatus(jobId: string, status: ApplicationStatus): void }) {
  const [shown, setShown] = useState(PAGE);
  if (cards.length === 0) return <p className="m-0 px-1 py-2 text-center text-[11px] text-muted-foreground">No job here</p>;
  return (
    <>
      <ul className="m-0 flex list-none flex-col gap-1.5 p-0">
        {cards.slice(0, shown).map((card) => <Card key={card.jobId} card={card} onOpen={onOpen} onStatus={onStatus} />)}
      </ul>
      {cards.length > shown ? <Button size="sm" variant="ghost" onClick={() => setShown((n) => n + PAGE)}>Show {Math.min(PAGE, cards.length - shown)} more</Button> : null}
    </>
  );
}

function Card({ card, onOpen, onStatus }: { card: BoardCard; onOpen(runId: string): void; onStatus(jobId: string, status: ApplicationStatus): void }) {
  const title = card.title ?? 'Untitled job';
  return (
    <li
      draggable
      onDragStart={(e) => { e.dataTransfer.setData(DRAG_TYPE, card.jobId); e.dataTransfer.effectAllowed = 'move'; }}
      data-testid="board-card"
      data-job-id={card.jobId}
      className="flex cursor-grab flex-col gap-1 rounded-md border border-border bg-card p-2 text-xs shadow-sm active:cursor-grabbing"
    >
      <button type="button" onClick={() => onOpen(card.latestRunId)} className="cursor-pointer rounded-sm text-left hover:text-primary" title={`Open the newest run for ${title}`}>
        <span className="line-clamp-2 text-[13px] font-medium leading-snug">{title}</span>
        <span className="block truncate text-muted-foreground">{card.company ?? 'unknown company'}</span>
      </button>
      <div className="flex items-center gap-1.5 text-muted-foreground">
        {card.score !== null ? <span className="tabular-nums" aria-label={`score ${card.score}`}><strong className="text-foreground">{card.score}</strong>/100</span> : null}
        <span>{card.runs} run{card.runs === 1 ? '' : 's'}</span>
      </div>
      {card.timeline.length ? (
        <ol className="m-0 flex list-none flex-wrap gap-x-1.5 p-0 text-[11px] text-muted-foreground" aria-label="Status dates" data-testid="status-dates">
          {card.timeline.map((t) => <li key={t.status}>{statusInfo(t.status).label} {dateFmt.format(t.at)}</li>)}
        </ol>
      ) : null}
      <label className="flex items-center gap-1 text-[11px] text-muted-foreground">
        <span className="sr-only">Move {title} to</span>
        <select
          value={card.status}
          onChange={(e) => onStatus(card.jobId, e.target.value as ApplicationStatus)}
          className="h-6 w-full cursor-pointer rounded-md border border-border bg-card px-1.5 text-[11px] text-foreground"
        >
          {APPLICATION_STATUSES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </label>
    </li>
  );
}
