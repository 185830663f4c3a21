import { ExternalLink, Save } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { JobRecord } from '@/lib/db/records';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { APPLICATION_STATUSES } from './application-status';

export type JobEdits = Pick<JobRecord, 'title' | 'company' | 'location' | 'description' | 'status'>;

/** Only http(s) links from a page are shown as links; anything else (javascript:, data:) as text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The captured posting, editable before it is used. Page text is rendered as React text and
 * form values only — never as HTML — because a job page must not script an extension page.
 */
export function JobEditor({ job, onSave, saving, saved }: { job: JobRecord; onSave(edits: JobEdits): void; saving: boolean; saved: boolean }) {
  const [draft, setDraft] = useState<JobEdits>(() => pick(job));
  useEffect(() => setDraft(pick(job)), [job.id, job.contentHash]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(pick(job));
  const set = (key: keyof JobEdits) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value || null }));
  const href = safeHref(job.url);

  return (
    <form
      className="flex flex-col gap-2.5"
      data-testid="job-editor"
      aria-label="Job posting"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge data-testid="job-board">{job.board}</Badge>
        <Badge data-testid="job-source">{job.source}</Badge>
        {href ? (
          <a className="ml-auto inline-flex items-center gap-1 text-xs" href={href} target="_blank" rel="noopener noreferrer">
            Open posting <ExternalLink aria-hidden className="size-3" />
          </a>
        ) : null}
      </div>
      <Field label="Title"><Input data-testid="job-title" value={draft.title ?? ''} onChange={set('title')} /></Field>
      <div className="grid grid-cols-1 gap-2.5 min-[400px]:grid-cols-2">
        <Field label="Company"><Input data-testid="job-company" value={draft.company ?? ''} onChange={set('company')} /></Field>
        <Field label="Location"><Input data-testid="job-location" value={draft.location ?? ''} onChange={set('location')} /></Field>
      </div>
      <Field label="Description"><Textarea data-testid="job-description" className="min-h-56" value={draft.description ?? ''} onChange={set('description')} /></Field>
      <Field label="Application status">
        <Select data-testid="job-status" value={draft.status ?? 'saved'} onChange={set('status')}>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </Select>
      </Field>
      <div className="flex items-center gap-2">
        <Button variant="secondary" type="submit" disabled={!dirty || saving}><Save aria-hidden />{saving ? 'Saving…' : 'Save changes'}</Button>
        {/* The stored list shows a write before it commits (Dexie's optimistic live queries), so
            "Saved" waits for the write itself: closing the panel earlier could lose the edit. */}
        <span className="muted" role="status" data-testid="job-save-state">
          {saving ? null : dirty ? 'unsaved edits' : saved ? 'Saved' : null}
        </span>
      </div>
    </form>
  );
}

function pick(job: JobRecord): JobEdits {
  return { title: job.title, company: job.company, location: job.location, description: job.description, status: job.status ?? 'saved' };
}
