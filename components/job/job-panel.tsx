import { useState } from 'react';
import { JobEditor } from './job-editor';
import { JobFacts } from './job-facts';
import { PasteJob } from './paste-job';
import { pastedToExtracted } from './pasted-job';
import { useCaptureActiveTab, useRecentJobs, useSaveManualJob, useUpdateJob } from './use-jobs';

/** The side panel's job view: the captured posting (editable), recent postings, and fallbacks. */
export function JobPanel() {
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
    <section style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div className="row">
        <button className="secondary" onClick={() => capture.mutate()} disabled={capture.isPending}>
          {capture.isPending ? 'Reading the page…' : 'Capture from this tab'}
        </button>
        <button className="secondary" onClick={() => setPasting((p) => !p)}>{pasting ? 'Close paste' : 'Paste description'}</button>
      </div>
      {outcome && outcome.status !== 'captured' ? (
        <p className="notice" data-testid="capture-problem">{outcome.reason}</p>
      ) : null}
      {capture.error ? <p className="error">{capture.error.message}</p> : null}
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
      {saveManual.error ? <p className="error">{saveManual.error.message}</p> : null}
      {job ? (
        <>
          <JobFacts job={job} />
          <JobEditor job={job} saving={update.isPending} onSave={(fields) => update.mutate({ id: job.id, fields })} />
        </>
      ) : (
        <p className="muted" data-testid="no-job">
          Open a job posting and click “Tailor resume” on the page, or click the Bespoke toolbar button on any careers page.
        </p>
      )}
      {update.error ? <p className="error">{update.error.message}</p> : null}
      {jobs.length > 1 ? (
        <div>
          <h2>Recent postings</h2>
          <ul className="plain" data-testid="recent-jobs">
            {jobs.map((j) => (
              <li key={j.id}>
                <button aria-current={j.id === job?.id} onClick={() => setSelectedId(j.id)}>
                  {j.title ?? 'Untitled'} <span className="muted">· {j.company ?? 'unknown company'}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
