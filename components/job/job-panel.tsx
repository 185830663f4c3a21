import { Briefcase, ClipboardPaste, ScanSearch, Sparkles, X } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Disclosure } from '@/components/ui/disclosure';
import { EmptyState } from '@/components/ui/empty-state';
import { Message } from '@/components/ui/message';
import { statusInfo } from './application-status';
import { JobEditor } from './job-editor';
import { JobFacts } from './job-facts';
import { PasteJob } from './paste-job';
import { pastedToExtracted } from './pasted-job';
import { useCaptureActiveTab, useRecentJobs, useSaveManualJob, useUpdateJob } from './use-jobs';

/** The side panel's job view: the captured posting (editable), recent postings, and fallbacks. */
export function JobPanel({ onTailor }: { onTailor?: () => void }) {
  const jobs = useRecentJobs();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const update = useUpdateJob();
  const saveManual = useSaveManualJob();
  const capture = useCaptureActiveTab();

  if (jobs === undefined) return <p className="muted">Loading…</p>;
  const job = jobs.find((j) => j.id === selectedId) ?? jobs[0];
  const outcome = capture.data;

  return (
    <section aria-label="Job posting" className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => capture.mutate()} disabled={capture.isPending}>
          <ScanSearch aria-hidden />
          {capture.isPending ? 'Reading the page…' : 'Capture from this tab'}
        </Button>
        <Button variant={pasting ? 'ghost' : 'secondary'} onClick={() => setPasting((p) => !p)}>
          {pasting ? <X aria-hidden /> : <ClipboardPaste aria-hidden />}
          {pasting ? 'Close paste' : 'Paste description'}
        </Button>
      </div>
      {outcome && outcome.status !== 'captured' ? (
        <Message tone="warning" data-testid="capture-problem" title="No posting found on this page">
          {outcome.reason} Paste the description instead, or select it on the page and use the toolbar button.
        </Message>
      ) : null}
      {capture.error ? <Message tone="error">{capture.error.message}</Message> : null}
      {pasting ? (
        <PasteJob
          initial={outcome?.status === 'nothing-found' ? { title: outcome.job.title ?? '', company: outcome.job.company ?? '' } : undefined}
          onSubmit={(pasted) =>
            saveManual.mutate(pastedToExtracted(pasted, outcome?.status === 'nothing-found' ? outcome.job.url : 'about:blank', 'paste'), {
              onSuccess: (id) => {
                setSelectedId(id);
                setPasting(false);
              },
            })
          }
        />
      ) : null}
      {saveManual.error ? <Message tone="error">{saveManual.error.message}</Message> : null}
      {job ? (
        <>
          {onTailor ? (
            <Button variant="primary" size="lg" onClick={onTailor} data-testid="tailor-this-job">
              <Sparkles aria-hidden /> Tailor my resume to this job
            </Button>
          ) : null}
          <JobFacts job={job} />
          <JobEditor
            job={job}
            saving={update.isPending}
            saved={update.isSuccess && update.variables?.id === job.id}
            onSave={(fields) => update.mutate({ id: job.id, fields })} />
        </>
      ) : pasting ? null : (
        <EmptyState icon={Briefcase} title="No job yet" data-testid="no-job">
          Open a job posting and click “Tailor resume” on the page, or click the Bespoke toolbar button on any careers page. Or paste a description.
        </EmptyState>
      )}
      {update.error ? <Message tone="error">{update.error.message}</Message> : null}
      {jobs.length > 1 ? (
        <Disclosure summary={`Recent postings (${jobs.length})`} defaultOpen>
          <ul className="m-0 flex list-none flex-col gap-0.5 p-0" data-testid="recent-jobs">
            {jobs.map((j) => (
              <li key={j.id}>
                <button
                  type="button"
                  aria-current={j.id === job?.id}
                  onClick={() => setSelectedId(j.id)}
                  className={cn('flex w-full cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted', j.id === job?.id && 'bg-accent')}
                >
                  <span className="min-w-0 flex-1 truncate">
                    {j.title ?? 'Untitled'} <span className="muted">· {j.company ?? 'unknown company'}</span>
                  </span>
                  <Badge tone={statusInfo(j.status).tone}>{statusInfo(j.status).label}</Badge>
                </button>
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
    </section>
  );
}
