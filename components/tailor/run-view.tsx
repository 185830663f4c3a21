import { CheckCheck, RefreshCw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { ResumeRecord, RunRecord } from '@/lib/db/records';
import { downloadStem, personNameFromTex } from '@/lib/resumes/download-name';
import type { TailorRun } from '@/lib/tailor/index';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SectionHeader } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { Message } from '@/components/ui/message';
import { EditList } from './edit-list';
import { KeywordTable } from './keyword-table';
import { ScoreReason } from './score-reason';
import { RunDownloads } from './run-downloads';
import { ProgressLines, RunProgress } from './run-progress';
import { RunFailureMessage, type FailureActions } from './run-failure-message';
import { ScoreCard } from './score-card';
import { RunReadability } from '@/components/resume/readability-report';

/** One run: progress while it runs; then score, keywords, changes (accept/reject), PDF, downloads. */
function toggled(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

export interface ReviewChoices {
  acceptFlagged: string[];
  rejectEdits: string[];
}

const STATUS_TONE: Record<RunRecord['status'], BadgeTone> = { running: 'primary', done: 'success', failed: 'danger', cancelled: 'neutral' };
/** Flagged and dropped changes come after the applied ones: they are apart, and off by default. */
const ORDER: Record<string, number> = { applied: 0, rejected: 0, flagged: 1, dropped: 2 };

const sameSet = (a: Set<string>, b: string[] | undefined) => a.size === (b?.length ?? 0) && (b ?? []).every((x) => a.has(x));

export function RunView({ run, resume, onRerun, onRetry, onRetryOffline, onOpenSettings, onCancel, busy }: { run: RunRecord; resume?: ResumeRecord; onRerun(choices: ReviewChoices): void; onCancel?: () => void } & FailureActions) {
  const report = run.report as TailorRun | undefined;
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(report?.settings.acceptFlagged ?? []));
  // A choice waits for a re-compile when a claim vouched for is still flagged here, or the refused set differs.
  const flaggedHere = new Set((report?.edits ?? []).filter((e) => e.status === 'flagged').map((e) => e.segmentId));
  const refusedHere = (report?.edits ?? []).filter((e) => e.status === 'rejected' && e.issues.some((i) => (i.code as string) === 'user-rejected')).map((e) => e.segmentId);
  const [rejected, setRejected] = useState<Set<string>>(() => new Set(refusedHere));
  const changed = [...accepted].some((id) => flaggedHere.has(id)) || !sameSet(rejected, refusedHere);
  const mainFile = resume?.mainFile;
  const stem = useMemo(() => {
    const master = resume?.files.find((f) => f.path === resume.mainFile)?.content;
    return downloadStem({ person: typeof master === 'string' ? personNameFromTex(master) : null, company: report?.job.company, role: report?.job.title });
  }, [resume, report?.job.company, report?.job.title]);
  // Only changed files are stored; the main file is among them whenever anything was applied.
  const mainTex = mainFile ? run.files?.[mainFile] : undefined;
  const edits = useMemo(() => [...(report?.edits ?? [])].sort((a, b) => (ORDER[a.status] ?? 0) - (ORDER[b.status] ?? 0)), [report]);

  return (
    <div data-testid="run-view" data-status={run.status} data-run-id={run.id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={STATUS_TONE[run.status]} data-testid="run-status">{run.status}</Badge>
        <span className="muted">{run.provider === 'offline' ? 'offline tailor' : run.provider}{run.model ? ` · ${run.model}` : ''}</span>
        <span className="muted ml-auto">{new Date(run.startedAt).toLocaleString()}</span>
      </div>
      {run.status === 'running' ? <RunProgress run={run} onCancel={onCancel} /> : null}
      {run.error ? <RunFailureMessage run={run} onRetry={onRetry} onRetryOffline={onRetryOffline} onOpenSettings={onOpenSettings} busy={busy} /> : null}
      {report ? (
        <>
          <ScoreCard run={run} report={report} />
          <ScoreReason score={report.scoreAfter ?? report.scoreBefore} />
          {report.textLayer ? <RunReadability textLayer={report.textLayer} /> : null}
          {run.pdf ? <RunDownloads pdf={run.pdf} tex={mainTex} stem={stem} /> : null}
          {report.summary ? <p className="m-0 text-sm">{report.summary}</p> : null}
          {report.warnings.map((w, i) => <Message key={i} tone="warning">{w}</Message>)}
          <section aria-label="Keywords" className="flex flex-col gap-2">
            <SectionHeader title="Keywords" description="From the posting, checked in the compiled PDF (what an applicant tracking system reads)." />
            <KeywordTable before={report.scoreBefore} after={report.scoreAfter} />
          </section>
          {edits.length === 0 ? (
            <p className="m-0 text-sm text-muted-foreground" data-testid="edit-list">
              No wording changed{report.reorders.length ? `: ${report.reorders.length} list${report.reorders.length === 1 ? '' : 's'} of bullets and skills reordered by relevance to the posting` : ''}.
            </p>
          ) : (
          <section aria-label="Changes" className="flex flex-col gap-2">
              <SectionHeader
                title={`Changes (${edits.length})`}
                description="Uncheck what you do not want, then re-compile: no new model call."
                actions={
                  rejected.size ? (
                    <Button size="sm" variant="ghost" onClick={() => setRejected(new Set())}>
                      <CheckCheck aria-hidden />Accept all
                    </Button>
                  ) : null
                }
              />
              <EditList
                edits={edits}
                accepted={accepted}
                rejected={rejected}
                onToggle={(id) => setAccepted((s) => toggled(s, id))}
                onToggleReject={(id) => setRejected((s) => toggled(s, id))}
              />
              <Button variant={changed ? 'primary' : 'secondary'} className="self-start" disabled={busy || !changed} onClick={() => onRerun({ acceptFlagged: [...accepted], rejectEdits: [...rejected] })}>
                <RefreshCw aria-hidden />Re-compile with my choices
              </Button>
            </section>
          )}
        </>
      ) : null}
      {run.pdf ? (
        <section aria-label="Tailored PDF" className="flex flex-col gap-2">
          <SectionHeader title="Tailored PDF" />
          <PdfPreview pdf={run.pdf} />
        </section>
      ) : null}
      {run.status !== 'running' && run.progress.length ? (
        <Disclosure summary="Details">
          <ProgressLines run={run} />
        </Disclosure>
      ) : null}
    </div>
  );
}
