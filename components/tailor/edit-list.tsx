import { diffWords } from 'diff';
import type { EditRecord } from '@/lib/tailor/index';

const STATUS_LABEL: Record<EditRecord['status'], string> = {
  applied: 'applied',
  flagged: 'needs evidence — not applied',
  rejected: 'refused',
  dropped: 'dropped (broke the compile)',
};

/** A word diff of one edit: removed words struck through, added words underlined. */
function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p style={{ margin: '4px 0', fontFamily: 'ui-monospace, monospace', fontSize: 12, whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, i) =>
        part.added ? <ins key={i} style={{ background: '#2a2' + '3' }}>{part.value}</ins> : part.removed ? <del key={i} style={{ background: '#d33' + '3' }}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </p>
  );
}

/**
 * The proposed changes, one by one. Applied edits can be rejected and flagged edits (a claim the
 * master does not support) accepted; either re-runs the tailoring on the same plan without a
 * model call.
 */
export function EditList(props: { edits: EditRecord[]; accepted: Set<string>; rejected: Set<string>; onToggle(id: string): void; onToggleReject(id: string): void }) {
  const { edits, accepted, rejected, onToggle, onToggleReject } = props;
  if (edits.length === 0) return <p className="muted">No text edits in this run.</p>;
  return (
    <ul className="plain" data-testid="edit-list">
      {edits.map((e) => (
        <li key={e.segmentId} data-status={e.status} style={{ borderLeft: `3px solid ${e.status === 'applied' ? '#2a2' : e.status === 'flagged' ? '#d90' : '#999'}`, paddingLeft: 8 }}>
          <div className="row">
            <span className="badge">{STATUS_LABEL[e.status]}</span>
            {e.keywordsAdded.length ? <span className="muted">+ {e.keywordsAdded.join(', ')}</span> : null}
          </div>
          <WordDiff before={e.oldText} after={e.newText} />
          <p className="muted" style={{ margin: 0 }}>{e.reason}</p>
          {e.claims.length ? <p className="muted" style={{ margin: 0 }}>Unsupported by your master: {e.claims.join(', ')}</p> : null}
          {e.issues.filter((i) => i.code !== 'needs-evidence').map((i, n) => (
            <p key={n} className="muted" style={{ margin: 0 }}>{i.message}</p>
          ))}
          {e.status === 'applied' || e.issues.some((i) => (i.code as string) === 'user-rejected') ? (
            <label style={{ flexDirection: 'row', alignItems: 'center' }}>
              <input type="checkbox" checked={rejected.has(e.segmentId)} onChange={() => onToggleReject(e.segmentId)} /> Reject this change
            </label>
          ) : null}
          {e.status === 'flagged' ? (
            <label style={{ flexDirection: 'row', alignItems: 'center' }}>
              <input type="checkbox" checked={accepted.has(e.segmentId)} onChange={() => onToggle(e.segmentId)} /> This is true — apply it
            </label>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
