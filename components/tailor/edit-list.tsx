import type { EditRecord } from '@/lib/tailor/index';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { CheckboxField } from '@/components/ui/field';
import { WordDiff } from './word-diff';

const STATUS: Record<EditRecord['status'], { label: string; tone: BadgeTone; border: string }> = {
  applied: { label: 'applied', tone: 'success', border: 'border-l-success' },
  flagged: { label: 'needs evidence — not applied', tone: 'warning', border: 'border-l-warning' },
  rejected: { label: 'refused', tone: 'neutral', border: 'border-l-border' },
  dropped: { label: 'dropped (broke the compile)', tone: 'danger', border: 'border-l-danger' },
};

/**
 * The proposed changes, one by one. Applied edits can be rejected and flagged edits (a claim the
 * master does not support) accepted; either re-runs the tailoring on the same plan without a
 * model call.
 */
export function EditList(props: { edits: EditRecord[]; accepted: Set<string>; rejected: Set<string>; onToggle(id: string): void; onToggleReject(id: string): void }) {
  const { edits, accepted, rejected, onToggle, onToggleReject } = props;
  if (edits.length === 0) return <p className="muted">No text edits in this run.</p>;
  return (
    <ul className="m-0 flex list-none flex-col gap-2 p-0" data-testid="edit-list">
      {edits.map((e) => {
        const s = STATUS[e.status];
        const off = rejected.has(e.segmentId);
        return (
          <li key={e.segmentId} data-status={e.status} className={cn('flex flex-col gap-1.5 rounded-md border border-l-4 border-border bg-card p-2.5', s.border, off && 'opacity-70')}>
            <div className="flex flex-wrap items-center gap-1.5">
              <Badge tone={s.tone}>{STATUS[e.status].label}</Badge>
              {e.keywordsAdded.map((k) => (
                <Badge key={k} tone="primary">+ {k}</Badge>
              ))}
            </div>
            <WordDiff before={e.oldText} after={e.newText} />
            {e.reason ? <p className="m-0 text-xs text-muted-foreground">{e.reason}</p> : null}
            {e.claims.length ? <p className="m-0 text-xs text-warning">Unsupported by your master: {e.claims.join(', ')}</p> : null}
            {e.issues.filter((i) => i.code !== 'needs-evidence').map((i, n) => (
              <p key={n} className="m-0 text-xs text-muted-foreground">{i.message}</p>
            ))}
            {e.status === 'applied' || e.issues.some((i) => (i.code as string) === 'user-rejected') ? (
              <CheckboxField label="Reject this change" checked={off} onChange={() => onToggleReject(e.segmentId)} className="text-xs" />
            ) : null}
            {e.status === 'flagged' ? (
              <CheckboxField label="This is true — apply it" checked={accepted.has(e.segmentId)} onChange={() => onToggle(e.segmentId)} className="text-xs" />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
