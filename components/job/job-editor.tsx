import { useEffect, useState } from 'react';
import type { JobRecord } from '@/lib/db/records';

export type JobEdits = Pick<JobRecord, 'title' | 'company' | 'location' | 'description' | 'status'>;

const STATUSES: NonNullable<JobRecord['status']>[] = ['saved', 'applied', 'interview', 'offer', 'rejected'];

/** Only http(s) links from a page are shown as links; anything else (javascript:, data:) as text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The captured posting, editable before it is used. Page text is rendered as React text and
 * form values only — never as HTML — because a job page must not script an extension page.
 */
export function JobEditor({ job, onSave, saving }: { job: JobRecord; onSave(edits: JobEdits): void; saving: boolean }) {
  const [draft, setDraft] = useState<JobEdits>(() => pick(job));
  useEffect(() => setDraft(pick(job)), [job.id, job.contentHash]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(pick(job));
  const set = (key: keyof JobEdits) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value || null }));
  const href = safeHref(job.url);

  return (
    <form
      className="job-editor"
      data-testid="job-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <div className="row">
        <span className="badge" data-testid="job-board">{job.board}</span>
        <span className="badge" data-testid="job-source">{job.source}</span>
        {href ? (
          <a className="muted" href={href} target="_blank" rel="noopener noreferrer">open posting</a>
        ) : null}
      </div>
      <label>Title<input data-testid="job-title" value={draft.title ?? ''} onChange={set('title')} /></label>
      <label>Company<input data-testid="job-company" value={draft.company ?? ''} onChange={set('company')} /></label>
      <label>Location<input data-testid="job-location" value={draft.location ?? ''} onChange={set('location')} /></label>
      <label>Description<textarea data-testid="job-description" value={draft.description ?? ''} onChange={set('description')} /></label>
      <label>
        Application status
        <select data-testid="job-status" value={draft.status ?? 'saved'} onChange={set('status')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      <div className="row">
        <button className="primary" type="submit" disabled={!dirty || saving}>{saving ? 'Saving…' : 'Save changes'}</button>
        {dirty ? <span className="muted">unsaved edits</span> : null}
      </div>
    </form>
  );
}

function pick(job: JobRecord): JobEdits {
  return { title: job.title, company: job.company, location: job.location, description: job.description, status: job.status ?? 'saved' };
}
