import { diffWords } from 'diff';
import type { Claim, EditRecord } from '@/lib/tailor/index';

const STATUS_LABEL: Record<EditRecord['status'], string> = {
  applied: 'applied',
  flagged: 'needs evidence — not applied',
  rejected: 'refused',
  dropped: 'dropped (broke the compile)',
};

const KIND_LABEL: Record<Claim['kind'], string> = {
  number: 'number', duration: 'duration', ownership: 'ownership', seniority: 'title', scope: 'scope', tool: 'tool or practice', name: 'name', credential: 'credential', link: 'link',
};

/** A trigger (printed text) as a pattern over the LaTeX source: "40%" also matches "40\\%". */
function sourcePattern(trigger: string): RegExp {
  return new RegExp(trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[%&#_]|\\\$/g, (c) => `\\\\?${c}`));
}

/** Splits added text so the words that triggered a claim are marked, with the reason on hover. */
function markTriggers(text: string, findings: Claim[], key: number) {
  const marks = findings.flatMap((c) => c.triggers.map((t) => ({ re: sourcePattern(t), c }))).filter(({ re }) => re.test(text));
  if (!marks.length) return <ins key={key} style={{ background: '#2a2' + '3' }}>{text}</ins>;
  const all = new RegExp(`(${marks.map(({ re }) => re.source).join('|')})`);
  return (
    <ins key={key} style={{ background: '#2a2' + '3' }}>
      {text.split(all).map((part, i) => {
        const hit = part ? marks.find(({ re }) => new RegExp(`^(?:${re.source})$`).test(part)) : undefined;
        return hit ? <mark key={i} data-testid="claim-mark" title={hit.c.reason} style={{ background: '#fd5' }}>{part}</mark> : part;
      })}
    </ins>
  );
}

/** A word diff of one edit: removed words struck through, added words underlined, claim triggers marked. */
function WordDiff({ before, after, findings }: { before: string; after: string; findings: Claim[] }) {
  return (
    <p style={{ margin: '4px 0', fontFamily: 'ui-monospace, monospace', fontSize: 12, whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, i) =>
        part.added ? markTriggers(part.value, findings, i) : part.removed ? <del key={i} style={{ background: '#d33' + '3' }}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </p>
  );
}

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
    <ul className="plain" data-testid="edit-list">
      {edits.map((e) => (
        <li key={e.segmentId} data-status={e.status} style={{ borderLeft: `3px solid ${e.status === 'applied' ? '#2a2' : e.status === 'flagged' ? '#d90' : '#999'}`, paddingLeft: 8 }}>
          <div className="row">
            <span className="badge">{STATUS_LABEL[e.status]}</span>
            {e.keywordsAdded.length ? <span className="muted">+ {e.keywordsAdded.join(', ')}</span> : null}
          </div>
          <WordDiff before={e.oldText} after={e.newText} findings={e.findings ?? []} />
          <p className="muted" style={{ margin: 0 }}>{e.reason}</p>
          <Claims edit={e} />
          <Evidence edit={e} />
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
              <input type="checkbox" checked={accepted.has(e.segmentId)} onChange={() => onToggle(e.segmentId)} /> This is true — apply it and remember it for this resume
            </label>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
