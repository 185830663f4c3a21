import { Download, FileWarning } from 'lucide-react';
import { downloadFile } from '@/components/app/downloads';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { CompileResult } from '@/lib/tex/types';
import { MissingPackages } from './missing-packages';

const MISSING_SENTENCE = /^`[^`]+` is in (TeX Live's `[^`]+` package|no TeX Live package)/;

/**
 * What a compile produced: the PDF, or errors a person can act on (file, line, missing files
 * with the TeX Live package that has each, fetched on a click; then `onRecompile`).
 */
export function CompileResultView({ result, fileName, onRecompile }: { result: CompileResult; fileName: string; onRecompile?: () => void }) {
  // The engine adds one sentence per missing file for the log and the CLI; here the missing-
  // packages box says it, with the button.
  const errors = result.missingPackages?.length ? result.errors.filter((e) => !(e.file === null && MISSING_SENTENCE.test(e.message))) : result.errors;
  return (
    <div data-testid="compile-result" data-ok={result.ok} data-pages={result.pages} className="flex flex-col gap-2">
      <p className="muted m-0">
        {result.ok ? `Compiled: ${result.pages} page${result.pages === 1 ? '' : 's'}` : 'The resume did not compile'} in{' '}
        {(result.ms / 1000).toFixed(2)} s
      </p>
      {result.warnings.filter((w) => w.startsWith('Font:')).map((w) => (
        <p key={w} className="warning" data-testid="font-substitution">{w}</p>
      ))}
      {result.missingPackages?.length ? (
        <MissingPackages missing={result.missingPackages} onFetched={() => onRecompile?.()} />
      ) : result.missingFiles.length ? (
        <Message tone="error" data-testid="missing-files" title={`Missing: ${result.missingFiles.join(', ')}`}>
          Add {result.missingFiles.length === 1 ? 'this file' : 'these files'} to the resume (Import files), then compile again.
        </Message>
      ) : null}
      {errors.length ? (
        <Message tone="error" title="LaTeX stopped here">
          <ul className="m-0 flex list-none flex-col gap-1 p-0" data-testid="compile-errors">
            {errors.slice(0, 20).map((e, i) => (
              <li key={i} className="flex gap-1.5">
                <FileWarning aria-hidden className="mt-0.5 size-3.5 shrink-0 text-danger" />
                <span>
                  {e.file ? <code>{`${e.file}${e.line ? `:${e.line}` : ''}`}</code> : null} {e.message}
                </span>
              </li>
            ))}
          </ul>
        </Message>
      ) : null}
      {result.pdf ? (
        <>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => downloadFile(result.pdf!, `${fileName}.pdf`, 'application/pdf')}><Download aria-hidden />Download PDF</Button>
            <Button variant="ghost" onClick={() => downloadFile(result.log, `${fileName}.log`, 'text/plain')}>Download log</Button>
          </div>
          <PdfPreview pdf={result.pdf} />
        </>
      ) : null}
    </div>
  );
}
