import { Briefcase, FileCheck, FileText, PenLine } from 'lucide-react';
import { useRecentJobs } from '@/components/job/use-jobs';
import { useResumes } from '@/components/resume/use-resumes';
import { addConfirmedFacts, confirmedFactsOf } from '@/lib/db/confirmed-facts';
import { getDatabase } from '@/lib/db/database';
import { factsFromAccepted, type TailorRun } from '@/lib/tailor/index';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Message } from '@/components/ui/message';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { CoverLetterSection } from './cover-letter-section';
import { RunHistory } from './run-history';
import { RunView } from './run-view';
import { runSelectedAt, useSelectedRun } from './selected-run';
import { TailorForm } from './tailor-form';
import { useAutoTailor } from './use-auto-tailor';
import { useActiveProfile, useJobRuns, useRun, useStartRun } from './use-tailor';

type StoredSettings = { strength: 'light' | 'keywords' | 'full'; pages?: number };

/** The side panel's tailoring view: start a run, follow it, review it; this job's earlier runs below. */
export function TailorPanel({ navigate }: { navigate?: (tab: string) => void }) {
  const jobs = useRecentJobs();
  const resumes = useResumes();
  const profile = useActiveProfile();
  const [runId, setRunId] = useSelectedRun();
  const start = useStartRun(setRunId);
  // A run opened from History may be older than the recent list: read it by id.
  const opened = useRun(runId);
  // A posting captured after the run was opened (or, for a run started here, after it started)
  // takes over: the person has moved on to it. An older run opened from History stays.
  const openedAt = Math.max(opened?.startedAt ?? 0, runSelectedAt());
  const picked = opened && !(jobs?.[0] && jobs[0].id !== opened.jobId && jobs[0].capturedAt > openedAt) ? opened : undefined;
  // The job is the latest captured one, unless a run was opened (here or from History): then its job.
  const job = (picked ? jobs?.find((j) => j.id === picked.jobId) : undefined) ?? jobs?.[0];
  const jobRuns = useJobRuns(job?.id);
  const loaded = jobs !== undefined && resumes !== undefined && !profile.isPending;
  const autoRunning = start.isPending || (picked ?? jobRuns?.[0])?.status === 'running';
  // The shortcut tailors the posting it captured with the defaults: the default master, the model if there is one.
  useAutoTailor(job?.id, loaded && !autoRunning && Boolean(resumes?.length), () => {
    const resume = resumes?.find((r) => r.isDefault) ?? resumes?.[0];
    if (!resume || !job) return;
    const facts = confirmedFactsOf(resume).map((f) => f.text);
    start.mutate({ resume, job, useModel: Boolean(profile.data), settings: { strength: 'keywords', pages: 1, pdfFixes: true, ...(facts.length ? { confirmedFacts: facts } : {}) } });
  });
  if (jobs === undefined || resumes === undefined || profile.isPending) return <p className="muted">Loading…</p>;

  const run: RunRecord | undefined = picked ?? jobRuns?.[0];
  // A run started from this panel or an earlier one (it lives outside the panel) is followed here.
  const running = start.isPending || run?.status === 'running';
  const resumeOf = (id: string) => resumes.find((r) => r.id === id);
  // Facts confirmed for a master are evidence for every run of it (and part of the cache key).
  const confirmed = (resume: ResumeRecord, extra: string[] = []) => {
    const texts = [...new Set([...confirmedFactsOf(resume).map((f) => f.text), ...extra])];
    return texts.length ? { confirmedFacts: texts } : {};
  };
  const jobOf = (id: string): JobRecord | undefined => jobs.find((j) => j.id === id);

  if (resumes.length === 0 && !job) {
    return (
      <EmptyState icon={FileText} title="Add your resume first" action={<Button variant="primary" onClick={() => navigate?.('resume')}>Go to Resume</Button>}>
        Bespoke tailors your own LaTeX master. Import it (or the sample) in the Resume tab.
      </EmptyState>
    );
  }
  if (!job) {
    return (
      <EmptyState icon={Briefcase} title="Open a job posting" data-testid="tailor-no-job" action={<Button variant="primary" onClick={() => navigate?.('job')}>Go to Job</Button>}>
        Click “Tailor resume” on a posting, the toolbar button on any careers page, or paste a description in the Job tab.
      </EmptyState>
    );
  }

  // `useModel: false` is the way out of any provider failure: the offline tailor needs no key.
  const retry = (r: RunRecord, useModel = r.provider !== 'offline') => {
    const resume = resumeOf(r.resumeId);
    const runJob = jobOf(r.jobId);
    const settings = (r.report as { settings?: StoredSettings } | undefined)?.settings ?? { strength: 'keywords' as const, pages: 1 };
    if (resume && runJob) start.mutate({ resume, job: runJob, useModel, settings: { ...settings, ...confirmed(resume) } });
  };
  const startOffline = () => {
    const resume = resumes.find((r) => r.isDefault) ?? resumes[0];
    if (resume) start.mutate({ resume, job, useModel: false, settings: { strength: 'keywords', pages: 1, ...confirmed(resume) } });
  };

  const runView = run ? (
    <RunView
      // A run is mounted afresh when it finishes: the review's choices start from its report.
      key={`${run.id}:${run.status}`}
      run={run}
      resume={resumeOf(run.resumeId)}
      busy={running}
      onCancel={run.status === 'running' ? () => start.cancel(run.id) : undefined}
      onRetry={run.status === 'failed' || run.status === 'cancelled' ? () => retry(run) : undefined}
      onRetryOffline={run.status === 'failed' && run.provider !== 'offline' ? () => retry(run, false) : undefined}
      onOpenSettings={() => navigate?.('settings')}
      onRerun={async ({ acceptFlagged, rejectEdits }) => {
        const resume = resumeOf(run.resumeId);
        const runJob = jobOf(run.jobId);
        const report = run.report as TailorRun | undefined;
        const settings = report?.settings;
        if (!resume || !runJob || !settings) return;
        // "This is true" is remembered with the master, so the next run does not flag it again.
        const facts = factsFromAccepted(report.edits, acceptFlagged);
        if (facts.length) await addConfirmedFacts(getDatabase(), resume.id, facts);
        start.mutate({ resume, job: runJob, previous: run, useModel: run.provider !== 'offline', settings: { ...settings, acceptFlagged, rejectEdits, ...confirmed(resume, facts.map((f) => f.text)) } });
      }}
    />
  ) : null;

  return (
    <section aria-label="Tailor" className="flex flex-col gap-3">
      {resumes.length === 0 ? (
        <Message tone="warning" title="Add your resume first" action={<Button size="sm" onClick={() => navigate?.('resume')}>Go to Resume</Button>}>
          Bespoke tailors your own LaTeX master: import it (or the sample) in the Resume tab.
        </Message>
      ) : null}
      <TailorForm
        key={job.id}
        job={job}
        resumes={resumes}
        profileLabel={profile.data ? `${profile.data.label} (${profile.data.model})` : null}
        running={running}
        onOpenSettings={() => navigate?.('settings')}
        onStart={(choice) => {
          const resume = resumeOf(choice.resumeId);
          if (!resume) return;
          start.mutate({ resume, job, useModel: choice.useModel, settings: { strength: choice.strength, pages: choice.pages, pdfFixes: choice.pdfFixes, ...confirmed(resume) } });
        }}
      />
      {start.error ? (
        <Message
          tone="error"
          data-testid="start-error"
          action={/provider/i.test(start.error.message) ? (
            <>
              <Button size="sm" variant="primary" onClick={() => navigate?.('settings')}>Open Settings</Button>
              <Button size="sm" variant="ghost" onClick={startOffline} disabled={running}>Use the offline tailor</Button>
            </>
          ) : null}
        >
          {start.error.message}
        </Message>
      ) : null}
      {run && run.status === 'done' ? (
        // The outcome in two tabs: the tailored resume (its result), and the cover letter with the same preview and downloads.
        <Tabs defaultValue="resume" className="flex flex-col">
          <TabsList aria-label="Result">
            <TabsTrigger value="resume" className="flex-row gap-1.5 text-xs"><FileCheck aria-hidden />Result</TabsTrigger>
            <TabsTrigger value="letter" className="flex-row gap-1.5 text-xs"><PenLine aria-hidden />Cover letter</TabsTrigger>
          </TabsList>
          <TabsContent value="resume" className="px-0">
            {runView}
          </TabsContent>
          <TabsContent value="letter" className="px-0">
            <CoverLetterSection run={run} resume={resumeOf(run.resumeId)} job={jobOf(run.jobId)} profile={profile.data ?? null} />
          </TabsContent>
        </Tabs>
      ) : run ? runView : null}
      {jobRuns && jobRuns.length > 1 ? <RunHistory runs={jobRuns} selectedId={run?.id} onSelect={setRunId} /> : null}
    </section>
  );
}
