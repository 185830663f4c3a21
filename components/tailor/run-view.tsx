import { useState } from 'react';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { RunRecord } from '@/lib/db/records';
import type { TailorRun } from '@/lib/tailor/index';
import { downloadFile, fileStem } from './downloads';
import { EditList } from './edit-list';
import { KeywordTable } from './keyword-table';

/** One run: progress while it runs; then score, keywords, changes (accept/reject), PDF, downloads. */
export function RunView({ run, mainFile, onRerunAccepted, busy }: { run: RunRecord; mainFile?: string; onRerunAccepted(accepted: string[]): void; busy: boolean }) {
  const report = run.report as TailorRun | undefined;
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(report?.settings.acceptFlagged ?? []));
  const toggle = (id: string) =>
    setAccepted((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const stem = fileStem(report?.job.company, report?.job.title);
  // Only changed files are stored; the main file is among them whenever anything was applied.
  const mainTex = mainFile ? run.files?.[mainFile] : undefined;

  return (
    <div data-testid="run-view" data-status={run.status} style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
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
            Match score <strong>{report.scoreBefore.score}</strong> → <strong>{report.scoreAfter?.score ?? '—'}</strong> · pages {report.pages.tailored ?? '—'} / target {report.pages.target}
            {run.tokens ? ` · ${run.tokens.input + run.tokens.output} tokens` : ''}
            {run.costUsd != null ? ` · ~$${run.costUsd.toFixed(4)}` : ''}
          </p>
          {report.summary ? <p>{report.summary}</p> : null}
          {report.warnings.map((w, i) => <p key={i} className="notice">{w}</p>)}
          <h2>Changes</h2>
          <EditList edits={report.edits} accepted={accepted} onToggle={toggle} />
          {report.edits.some((e) => e.status === 'flagged') ? (
            <button className="secondary" disabled={busy} onClick={() => onRerunAccepted([...accepted])}>Re-compile with my choices</button>
          ) : null}
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
