import { ClipboardPaste, MousePointerSquareDashed, PanelRight, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { PasteJob } from '@/components/job/paste-job';
import { pastedToExtracted } from '@/components/job/pasted-job';
import { useSaveManualJob } from '@/components/job/use-jobs';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Message } from '@/components/ui/message';
import { plainCaptureError, unreadablePageReason } from '@/lib/capture/page-access';
import { openPanelFromPopup, useActiveTab, useCaptureOnOpen, useReadSelection } from './use-popup-capture';

/**
 * The toolbar popup: says whether this tab has a posting, captures it, and hands over to the
 * side panel ("Tailor this job" opens it on the Tailor tab). Pages no extension may read are
 * explained in plain words, and not even tried.
 */
export function PopupApp() {
  const tab = useActiveTab();
  const unreadable = tab.data ? unreadablePageReason(tab.data.url) : null;
  const capture = useCaptureOnOpen(unreadable ? undefined : tab.data?.id);
  const selection = useReadSelection(tab.data?.id);
  const save = useSaveManualJob();
  const [pasting, setPasting] = useState(false);
  const outcome = capture.data;
  const tabId = tab.data?.id;
  const captured = outcome?.status === 'captured' || save.isSuccess;

  const saveManual = (description: string, source: 'paste' | 'selection', title = '', company = '') =>
    save.mutate(pastedToExtracted({ title, company, description }, tab.data?.url || 'about:blank', source));

  return (
    <main className="flex w-[340px] flex-col gap-3 p-3">
      <header className="flex items-center gap-2">
        <span aria-hidden className="grid size-6 place-items-center rounded-md bg-primary text-[13px] font-bold text-primary-foreground">B</span>
        <h1>Bespoke</h1>
      </header>
      {tab.error ? <Message tone="error">{tab.error.message}</Message> : null}
      {unreadable ? (
        <Message tone="info" title="Bespoke can’t read this page" data-testid="popup-unreadable">{unreadable}</Message>
      ) : null}
      {capture.isPending && tabId !== undefined && !unreadable ? <Message>Reading the posting…</Message> : null}
      {capture.error ? <Message tone="error">{plainCaptureError(capture.error.message, tab.data?.url)}</Message> : null}
      {captured ? (
        <Card data-testid="popup-captured" className="flex flex-col gap-0.5">
          <p className="m-0 text-xs text-success">Job posting found</p>
          <p className="m-0 font-semibold leading-snug">
            {outcome?.status === 'captured' ? (outcome.job.title ?? 'Untitled job') : 'Description saved'}
            {outcome?.status === 'captured' && outcome.job.company ? <span className="font-normal text-muted-foreground"> · {outcome.job.company}</span> : null}
          </p>
        </Card>
      ) : null}
      {outcome && outcome.status !== 'captured' && !save.isSuccess ? (
        <div className="flex flex-col gap-2">
          <Message tone="warning" title="No job posting found on this page" data-testid="popup-problem">
            {plainCaptureError(outcome.reason, tab.data?.url)}
          </Message>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() =>
                selection.mutate(undefined, {
                  onSuccess: (text) =>
                    saveManual(text, 'selection', outcome.status === 'nothing-found' ? outcome.job.title ?? '' : '', outcome.status === 'nothing-found' ? outcome.job.company ?? '' : ''),
                })
              }
            >
              <MousePointerSquareDashed aria-hidden />Use selected text
            </Button>
            <Button variant="ghost" onClick={() => setPasting(true)}><ClipboardPaste aria-hidden />Paste description</Button>
          </div>
          {selection.error ? <Message tone="error">{selection.error.message}</Message> : null}
          {pasting ? <PasteJob onSubmit={(p) => saveManual(p.description, 'paste', p.title, p.company)} /> : null}
        </div>
      ) : null}
      {save.error ? <Message tone="error">{save.error.message}</Message> : null}
      {tabId !== undefined ? (
        <div className="flex flex-col gap-2">
          {captured ? (
            <Button variant="primary" size="lg" onClick={() => openPanelFromPopup(tabId, 'tailor')}>
              <Sparkles aria-hidden />Tailor this job
            </Button>
          ) : null}
          <Button variant={captured ? 'secondary' : 'primary'} onClick={() => openPanelFromPopup(tabId)}>
            <PanelRight aria-hidden />Open side panel
          </Button>
        </div>
      ) : null}
    </main>
  );
}
