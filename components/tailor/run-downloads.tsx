import { useMutation } from '@tanstack/react-query';
import { Check, Copy, Download, FileCode } from 'lucide-react';
import { downloadFile } from '@/components/app/downloads';
import { Button } from '@/components/ui/button';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';

/**
 * The outcome's buttons: the PDF and .tex under `stem` (First_Last-Company-Role), and the
 * PDF's text on the clipboard — exactly what an applicant tracking system will read, for
 * forms that want plain text.
 */
export function RunDownloads({ pdf, tex, stem }: { pdf: Uint8Array; tex?: string; stem: string }) {
  const copy = useMutation({
    mutationFn: async () => navigator.clipboard.writeText((await extractPdfTextBrowser(pdf)).text),
  });
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Downloads">
        <Button variant="primary" onClick={() => downloadFile(pdf, `${stem}.pdf`, 'application/pdf')}>
          <Download aria-hidden />Download .pdf
        </Button>
        {tex ? (
          <Button onClick={() => downloadFile(tex, `${stem}.tex`, 'text/x-tex')}>
            <FileCode aria-hidden />Download .tex
          </Button>
        ) : null}
        <Button variant="ghost" onClick={() => copy.mutate()} disabled={copy.isPending}>
          {copy.isSuccess ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copy.isSuccess ? 'Copied' : 'Copy as plain text'}
        </Button>
      </div>
      <p className="m-0 text-[11px] text-muted-foreground">Saved as {stem}.pdf</p>
      {copy.error ? <p className="error m-0">Could not copy: {copy.error.message}</p> : null}
    </div>
  );
}
