import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { History, Kanban, List, Search, Trash2 } from 'lucide-react';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { APPLICATION_STATUSES } from '@/components/job/application-status';
import { selectRun } from '@/components/tailor/selected-run';
import { applicationCounts, filterHistory, type ApplicationStatus } from '@/lib/db/history';
import type { RunStatus } from '@/lib/db/records';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Select } from '@/components/ui/field';
import { HistoryBoard } from './history-board';
import { HistoryRowView } from './history-row';
import { useHistory, useHistoryActions, useHistoryHead } from './use-history';

const ROW_HEIGHT = 76;

/**
 * Every run kept, newest first: search, filters by application and run status, application
 * status per job (dated), open, delete one or many. Virtualised: only the rows on screen are
 * in the page, and only their records are read from the database. Or the same history as a
 * board of applications (one card per job, a column per status).
 */
export function HistoryPanel({ onOpenRun }: { onOpenRun(): void }) {
  const [view, setView] = useState<'list' | 'board'>('list');
  const [query, setQuery] = useState('');
  const [applicationStatus, setApplicationStatus] = useState<ApplicationStatus | undefined>();
  const [runStatus, setRunStatus] = useState<RunStatus | undefined>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const deferredQuery = useDeferredValue(query);
  const { head, total } = useHistoryHead();
  // IndexedDB serves one store's reads in turn: the full read starts once the first screen is in.
  const all = useHistory(head !== undefined);
  const filtering = Boolean(deferredQuery || applicationStatus || runStatus);
  // Until every line is read, the newest screenful stands in (not while a filter is asked).
  const ids = useMemo(
    () => (all ? filterHistory(all, { query: deferredQuery, applicationStatus, runStatus }) : filtering ? undefined : head),
    [all, head, filtering, deferredQuery, applicationStatus, runStatus],
  );
  const shownTotal = all || filtering ? ids?.length : total;
  const counts = useMemo(() => (all ? applicationCounts(all) : undefined), [all]);
  // The board's columns are the application statuses: only the search and run status filter it.
  const boardRows = useMemo(() => (view === 'board' && all ? filterHistory(all, { query: deferredQuery, runStatus }) : undefined), [view, all, deferredQuery, runStatus]);
  const open = (runId: string) => {
    selectRun(runId);
    onOpenRun();
  };
  const actions = useHistoryActions();

  const listRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(listRef.current?.offsetTop ?? 0), [ids === undefined]);
  const virtualizer = useWindowVirtualizer({ count: ids?.length ?? 0, estimateSize: () => ROW_HEIGHT, overscan: 6, scrollMargin: margin });
  const items = virtualizer.getVirtualItems();

  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (!n.delete(id)) n.add(id); return n; });
  const remove = (list: string[]) => {
    if (!confirm(list.length === 1 ? 'Delete this run and its PDF?' : `Delete ${list.length} runs and their PDFs?`)) return;
    actions.remove.mutate(list, { onSuccess: () => setSelected(new Set()) });
  };
  const filtered = Boolean(query || applicationStatus || runStatus);

  return (
    <section aria-label="History" className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <div className="relative flex-1">
          <Search aria-hidden className="pointer-events-none absolute top-2 left-2.5 size-4 text-muted-foreground" />
          <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search role, company, place" aria-label="Search the history" className="pl-8" data-testid="history-search" />
        </div>
        <div role="group" aria-label="View" className="flex shrink-0 rounded-md border border-input bg-card p-0.5">
          {([['list', 'List', List], ['board', 'Board', Kanban]] as const).map(([id, label, Icon]) => (
            <button
              key={id}
              type="button"
              aria-pressed={view === id}
              onClick={() => setView(id)}
              className={cn('flex h-6 cursor-pointer items-center gap-1 rounded px-2 text-xs', view === id ? 'bg-primary text-primary-foreground' : 'hover:bg-muted')}
            >
              <Icon aria-hidden className="size-3.5" />{label}
            </button>
          ))}
        </div>
      </div>
      <div className={cn('flex flex-wrap gap-1', view === 'board' && 'hidden')} role="group" aria-label="Application status">
        {[{ id: undefined, label: 'All' }, ...APPLICATION_STATUSES].map((s) => (
          <button
            key={s.id ?? 'all'}
            type="button"
            aria-pressed={applicationStatus === s.id}
            onClick={() => setApplicationStatus(s.id)}
            className={cn('h-7 cursor-pointer rounded-full border px-2.5 text-xs', applicationStatus === s.id ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-card hover:bg-muted')}
          >
            {s.label}
            {s.id && counts ? <span className="ml-1 opacity-70">{counts[s.id]}</span> : null}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <Select aria-label="Run status" value={runStatus ?? ''} onChange={(e) => setRunStatus((e.target.value || undefined) as RunStatus | undefined)} className="w-auto">
          <option value="">Every run</option>
          <option value="done">Finished</option>
          <option value="failed">Failed</option>
          <option value="cancelled">Cancelled</option>
          <option value="running">Running</option>
        </Select>
        <span className="muted flex-1 text-right" data-testid="history-count" aria-live="polite">
          {shownTotal === undefined ? 'Loading…' : `${shownTotal.toLocaleString()} run${shownTotal === 1 ? '' : 's'}`}
        </span>
        {selected.size ? (
          <Button size="sm" variant="danger" onClick={() => remove([...selected])}>
            <Trash2 aria-hidden />Delete {selected.size}
          </Button>
        ) : null}
      </div>
      {view === 'board' ? (
        boardRows ? <HistoryBoard rows={boardRows} onOpen={open} onStatus={(jobId, status) => actions.setStatus.mutate({ jobId, status })} /> : <p className="muted">Loading…</p>
      ) : null}
      {view === 'list' && ids?.length === 0 ? (
        filtered ? (
          <EmptyState icon={Search} title="No run matches">Try fewer words, or another status.</EmptyState>
        ) : (
          <EmptyState icon={History} title="No runs yet" data-testid="history-empty">
            Every tailoring run is kept here with its PDF, score and changes, and the job's application status.
          </EmptyState>
        )
      ) : null}
      <div ref={listRef} data-testid="history-list" hidden={view !== 'list'} style={{ height: view === 'list' ? virtualizer.getTotalSize() : 0, position: 'relative' }}>
        {items.map((item) => {
          const row = ids?.[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row ? (
                <HistoryRowView
                  row={row}
                  selected={selected.has(row.id)}
                  onToggleSelect={() => toggle(row.id)}
                  onOpen={() => open(row.id)}
                  onStatus={(status) => actions.setStatus.mutate({ jobId: row.jobId, status })}
                  onDelete={() => remove([row.id])}
                />
              ) : (
                <div className="h-[76px] animate-pulse border-b border-border" />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
