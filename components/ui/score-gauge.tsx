import { cn } from './cn';

/** Where a 0–100 score sits: red below 50, amber below 75, green above. */
function toneOf(score: number): string {
  return score >= 75 ? 'var(--color-success)' : score >= 50 ? 'var(--color-warning)' : 'var(--color-danger)';
}

/**
 * A semicircle gauge of a 0–100 score with the earlier score as a faint arc behind it, so
 * "before → after" reads at a glance. The numbers are also text for screen readers.
 */
export function ScoreGauge({ before, after, size = 132, className }: { before: number; after: number | null; size?: number; className?: string }) {
  const r = 42;
  const arc = Math.PI * r;
  const dash = (v: number) => `${(Math.max(0, Math.min(100, v)) / 100) * arc} ${arc}`;
  const shown = after ?? before;
  const delta = after === null ? null : after - before;
  return (
    <figure className={cn('m-0 flex flex-col items-center', className)} aria-label={`Match score ${before}${after === null ? '' : ` → ${after}`} out of 100`} role="img">
      <svg viewBox="0 0 100 58" width={size} height={(size * 58) / 100} aria-hidden>
        <path d="M8 50 A42 42 0 0 1 92 50" fill="none" stroke="var(--color-muted)" strokeWidth="9" strokeLinecap="round" />
        {after !== null ? (
          <path d="M8 50 A42 42 0 0 1 92 50" fill="none" stroke="var(--color-muted-foreground)" strokeOpacity="0.35" strokeWidth="9" strokeLinecap="round" strokeDasharray={dash(before)} />
        ) : null}
        <path d="M8 50 A42 42 0 0 1 92 50" fill="none" stroke={toneOf(shown)} strokeWidth="9" strokeLinecap="round" strokeDasharray={dash(shown)} />
        <text x="50" y="46" textAnchor="middle" fontSize="22" fontWeight="700" fill="var(--color-foreground)">{shown}</text>
      </svg>
      <figcaption className="text-xs text-muted-foreground">
        {after === null ? 'match score' : (
          <>
            was {before}
            {delta !== null && delta !== 0 ? <span className={cn('ml-1 font-semibold', delta > 0 ? 'text-success' : 'text-danger')}>{delta > 0 ? `+${delta}` : delta}</span> : null}
          </>
        )}
      </figcaption>
    </figure>
  );
}

/** One part of the score as a labelled bar (coverage, prominence, frequency). */
export function ScorePart({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <div className="flex flex-col gap-0.5" title={hint}>
      <div className="flex justify-between text-[11px] text-muted-foreground">
        <span>{label}</span>
        <span className="tabular-nums">{value}</span>
      </div>
      <div className="h-1 overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary/70" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </div>
    </div>
  );
}
