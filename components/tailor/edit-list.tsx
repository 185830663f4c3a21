import type { Claim, EditRecord } from '@/lib/tailor/index';
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

const KIND_LABEL: Record<Claim['kind'], string> = {
  number: 'number', duration: 'duration', ownership: 'ownership', seniority: 'title', scope: 'scope', tool: 'tool or practice', name: 'name', credential: 'credential', link: 'link',
};

/** Each unsupported claim with its kind and why; runs recorded before findings show the claim texts. */
function Claims({ edit }: { edit: EditRecord }) {
  if (!edit.claims.length) return null;
  if (!edit.findings?.length) return <p className="muted" style={{ margin: 0 }}>Unsupported by your master: {edit.claims.join(', ')}</p>;
  return (
    <ul className="plain" data-testid="claims" style={{ margin: 0 }}>
      {edit.findings.map((c, i) => (
        <li key={i} className="muted" data-kind={c.kind}>
          <span className="badge">{KIND_LABEL[c.kind]}{c.source === 'model' ? ' · model' : ''}</span> {c.reason}
        </li>
      ))}
    </ul>
  );
}

/** The master lines the change was checked against. */
function Evidence({ edit }: { edit: EditRecord }) {
  if (!edit.evidence?.length) return null;
  return (
    <details data-testid="evidence">
      <summary className="muted">Evidence: {edit.evidence.map((e) => e.id).join(', ')}</summary>
      {edit.evidence.map((e) => <p key={e.id} className="muted" style={{ margin: '2px 0' }}>{e.id}: {e.text}</p>)}
    </details>
  );
}

/**
 * The proposed changes, one by one, each with the evidence it was checked against. Applied
 * edits can be rejected and flagged edits (a claim the evidence does not support) accepted;
 * either re-runs the tailoring on the same plan without a model call, and an accepted claim
 * is remembered with the master.
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
            <WordDiff before={e.oldText} after={e.newText} findings={e.findings ?? []} />
            {e.reason ? <p className="m-0 text-xs text-muted-foreground">{e.reason}</p> : null}
            <Claims edit={e} />
            <Evidence edit={e} />
            {e.issues.filter((i) => i.code !== 'needs-evidence').map((i, n) => (
              <p key={n} className="m-0 text-xs text-muted-foreground">{i.message}</p>
            ))}
            {e.status === 'applied' || e.issues.some((i) => (i.code as string) === 'user-rejected') ? (
              <CheckboxField label="Reject this change" checked={off} onChange={() => onToggleReject(e.segmentId)} className="text-xs" />
            ) : null}
            {e.status === 'flagged' ? (
              <CheckboxField label="This is true — apply it and remember it for this resume" checked={accepted.has(e.segmentId)} onChange={() => onToggle(e.segmentId)} className="text-xs" />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
