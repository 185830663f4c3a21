import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { RunRecord } from '@/lib/db/records';
import { formatElapsed, summariseProgress } from '@/lib/runs/progress-words';
import { Button } from '@/components/ui/button';
import { Disclosure } from '@/components/ui/disclosure';
import { Progress } from '@/components/ui/progress';

/** Re-renders every second while mounted, for the elapsed time. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * A running run: one bar, the current step in words, the time so far and Cancel. The pipeline's
 * own stage list stays behind "Details" for whoever wants it.
 */
export function RunProgress({ run, onCancel }: { run: RunRecord; onCancel?: () => void }) {
  const now = useNow();
  const summary = summariseProgress(run.progress);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border bg-card p-3" aria-live="polite">
      <div className="flex items-center justify-between gap-2">
        <p className="m-0 min-w-0 truncate text-sm font-medium" data-testid="run-step">{summary.words}…</p>
        <span className="shrink-0 text-xs tabular-nums text-muted-foreground" aria-label="elapsed time">{formatElapsed(now - run.startedAt)}</span>
      </div>
      <Progress value={summary.percent} label="Tailoring progress" />
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-xs text-muted-foreground">{summary.note ?? ' '}</span>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            <X aria-hidden /> Cancel
          </Button>
        ) : null}
      </div>
      <Disclosure summary="Details">
        <ProgressLines run={run} />
      </Disclosure>
    </div>
  );
}

/** The pipeline's stages with their times, for the curious and for bug reports. */
export function ProgressLines({ run }: { run: RunRecord }) {
  return (
    <ol className="m-0 flex flex-col gap-0.5 pl-5 font-mono text-[11px] text-muted-foreground" data-testid="run-progress">
      {run.progress.filter((p) => p.status !== 'start' || p.message).map((p, i) => (
        <li key={i}>
          {p.stage}: {p.status}
          {p.ms !== undefined ? ` (${p.ms} ms)` : ''}
          {p.message ? ` — ${p.message}` : ''}
        </li>
      ))}
    </ol>
  );
}
