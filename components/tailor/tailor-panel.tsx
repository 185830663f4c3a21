import { useState } from 'react';
import { useRecentJobs } from '@/components/job/use-jobs';
import { useResumes } from '@/components/resume/use-resumes';
import { CoverLetterSection } from './cover-letter-section';
import { RunHistory } from './run-history';
import { RunView } from './run-view';
import { TailorForm } from './tailor-form';
import { useActiveProfile, useRuns, useStartRun } from './use-tailor';

/** The side panel's tailoring view: start a run, follow it, review it; the history below. */
export function TailorPanel() {
  const jobs = useRecentJobs();
  const resumes = useResumes();
  const runs = useRuns();
  const profile = useActiveProfile();
  const [runId, setRunId] = useState<string | null>(null);
  const start = useStartRun(setRunId);
  if (jobs === undefined || resumes === undefined || profile.isPending) return <p className="muted">Loading…</p>;

  const job = jobs[0];
  const run = runs?.find((r) => r.id === runId) ?? runs?.[0];
  const resumeOf = (id: string) => resumes.find((r) => r.id === id);

  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <TailorForm
        job={job}
        resumes={resumes}
        profileLabel={profile.data ? `${profile.data.label} (${profile.data.model})` : null}
        running={start.isPending}
        onCancel={start.cancel}
        onStart={(choice) => {
          const resume = resumeOf(choice.resumeId);
          if (!resume || !job) return;
          start.mutate({ resume, job, useModel: choice.useModel, settings: { strength: choice.strength, pages: choice.pages, pdfFixes: choice.pdfFixes } });
        }}
      />
      {start.error ? <p className="error">{start.error.message}</p> : null}
      {run ? (
        <RunView
          key={run.id}
          run={run}
          mainFile={resumeOf(run.resumeId)?.mainFile}
          busy={start.isPending}
          onRerun={({ acceptFlagged, rejectEdits }) => {
            const resume = resumeOf(run.resumeId);
            const runJob = jobs.find((j) => j.id === run.jobId);
            const settings = (run.report as { settings?: { strength: 'light' | 'keywords' | 'full'; pages?: number } } | undefined)?.settings;
            if (!resume || !runJob || !settings) return;
            start.mutate({ resume, job: runJob, previous: run, useModel: run.provider !== 'offline', settings: { ...settings, acceptFlagged, rejectEdits } });
          }}
        />
      ) : null}
      {run?.status === 'done' ? (
        <CoverLetterSection run={run} resume={resumeOf(run.resumeId)} job={jobs.find((j) => j.id === run.jobId)} profile={profile.data ?? null} />
      ) : null}
      {runs && runs.length > 1 ? <RunHistory runs={runs} jobs={jobs} selectedId={run?.id} onSelect={setRunId} /> : null}
    </section>
  );
}
