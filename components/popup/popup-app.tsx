import { useState } from 'react';
import { PasteJob } from '@/components/job/paste-job';
import { pastedToExtracted } from '@/components/job/pasted-job';
import { useSaveManualJob } from '@/components/job/use-jobs';
import { openPanelFromPopup, useActiveTab, useCaptureOnOpen, useReadSelection } from './use-popup-capture';

/** The toolbar popup: captures the posting in the current tab and hands over to the side panel. */
export function PopupApp() {
  const tab = useActiveTab();
  const capture = useCaptureOnOpen(tab.data?.id);
  const selection = useReadSelection(tab.data?.id);
  const save = useSaveManualJob();
  const [pasting, setPasting] = useState(false);
  const outcome = capture.data;
  const tabId = tab.data?.id;

  const saveManual = (description: string, source: 'paste' | 'selection', title = '', company = '') =>
    save.mutate(pastedToExtracted({ title, company, description }, tab.data?.url || 'about:blank', source));

  return (
    <main style={{ width: 340 }}>
      <h1>Bespoke</h1>
      {tab.error ? <p className="error">{tab.error.message}</p> : null}
      {capture.isPending && tabId !== undefined ? <p className="muted">Reading the posting…</p> : null}
      {outcome?.status === 'captured' || save.isSuccess ? (
        <div data-testid="popup-captured">
          <p>
            <strong>{outcome?.status === 'captured' ? (outcome.job.title ?? 'Untitled job') : 'Description saved'}</strong>
            {outcome?.status === 'captured' && outcome.job.company ? <span className="muted"> · {outcome.job.company}</span> : null}
          </p>
        </div>
      ) : null}
      {outcome && outcome.status !== 'captured' && !save.isSuccess ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <p className="notice" data-testid="popup-problem">{outcome.reason}</p>
          <div className="row">
            <button
              className="secondary"
              onClick={() =>
                selection.mutate(undefined, {
                  onSuccess: (text) =>
                    saveManual(text, 'selection', outcome.status === 'nothing-found' ? outcome.job.title ?? '' : '', outcome.status === 'nothing-found' ? outcome.job.company ?? '' : ''),
                })
              }
            >
              Use selected text
            </button>
            <button className="secondary" onClick={() => setPasting(true)}>Paste description</button>
          </div>
          {selection.error ? <p className="error">{selection.error.message}</p> : null}
          {pasting ? <PasteJob onSubmit={(p) => saveManual(p.description, 'paste', p.title, p.company)} /> : null}
        </div>
      ) : null}
      {save.error ? <p className="error">{save.error.message}</p> : null}
      {tabId !== undefined ? (
        <button className="primary" onClick={() => openPanelFromPopup(tabId)}>Open Bespoke panel</button>
      ) : null}
    </main>
  );
}
