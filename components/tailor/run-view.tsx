import { useState } from 'react';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { RunRecord } from '@/lib/db/records';
import type { TailorRun } from '@/lib/tailor/index';
import { downloadFile, fileStem } from '@/components/app/downloads';
import { EditList } from './edit-list';
import { KeywordTable } from './keyword-table';
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

export function RunView({ run, mainFile, onRerun, busy }: { run: RunRecord; mainFile?: string; onRerun(choices: ReviewChoices): void; busy: boolean }) {
  const report = run.report as TailorRun | undefined;
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(report?.settings.acceptFlagged ?? []));
  const [rejected, setRejected] = useState<Set<string>>(() => new Set(report?.settings.rejectEdits ?? []));
  const changed =
    JSON.stringify([...accepted].sort()) !== JSON.stringify([...(report?.settings.acceptFlagged ?? [])].sort()) ||
    JSON.stringify([...rejected].sort()) !== JSON.stringify([...(report?.settings.rejectEdits ?? [])].sort());
  const stem = fileStem(report?.job.company, report?.job.title);
  // Only changed files are stored; the main file is among them whenever anything was applied.
  const mainTex = mainFile ? run.files?.[mainFile] : undefined;

  return (
    <div data-testid="run-view" data-status={run.status} data-run-id={run.id} style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div className="row">
        <span className="badge" data-testid="run-status">{run.status}</span>
        <span className="muted">{run.provider}{run.model ? ` · ${run.model}` : ''}</span>
      </div>
      <ol className="muted" data-testid="run-progress" style={{ margin: 0, paddingLeft: 18 }}>
        {run.progress.filter((p) => p.status !== 'start' || p.message).map((p, i) => (
          <li key={i}>{p.stage}: {p.status}{p.ms !== undefined ? ` (${p.ms} ms)` : ''}{p.message ? ` — ${p.message}` : ''}</li>
        ))}
      </ol>
      {run.error ? <p className="error" data-testid="run-error">{run.error}</p> : null}
      {report ? (
        <>
          <p data-testid="run-score">
            Match score <strong>{report.scoreBefore.score}</strong> → <strong>{report.scoreAfter?.score ?? '—'}</strong>
            {report.scoreAfter?.components ? (
              <span className="muted" title="coverage: weighted share of posting keywords present (must-haves ×3); prominence: how early they appear; frequency: repeated mentions, capped">
                {' '}(coverage {report.scoreAfter.components.coverage}, prominence {report.scoreAfter.components.prominence}, frequency {report.scoreAfter.components.frequency})
              </span>
            ) : null}{' '}
            · pages {report.pages.tailored ?? '—'} / target {report.pages.target}
            {run.tokens ? ` · ${run.tokens.input + run.tokens.output} tokens` : ''}
            {run.costUsd != null ? ` · ~$${run.costUsd.toFixed(4)}` : ''}
          </p>
          {report.textLayer ? <RunReadability textLayer={report.textLayer} /> : null}
          {report.summary ? <p>{report.summary}</p> : null}
          {report.warnings.map((w, i) => <p key={i} className="notice">{w}</p>)}
          <h2>Changes</h2>
          <EditList
            edits={report.edits}
            accepted={accepted}
            rejected={rejected}
            onToggle={(id) => setAccepted((s) => toggled(s, id))}
            onToggleReject={(id) => setRejected((s) => toggled(s, id))}
          />
          <button className="secondary" disabled={busy || !changed} onClick={() => onRerun({ acceptFlagged: [...accepted], rejectEdits: [...rejected] })}>
            Re-compile with my choices
          </button>
          <h2>Keywords</h2>
          <KeywordTable before={report.scoreBefore} after={report.scoreAfter} />
        </>
      ) : null}
      {run.pdf ? (
        <>
          <div className="row">
            <button className="primary" onClick={() => downloadFile(run.pdf!, `${stem}.pdf`, 'application/pdf')}>Download .pdf</button>
            {mainTex ? <button className="secondary" onClick={() => downloadFile(mainTex, `${stem}.tex`, 'text/x-tex')}>Download .tex</button> : null}
          </div>
          <PdfPreview pdf={run.pdf} />
        </>
      ) : null}
    </div>
  );
}
