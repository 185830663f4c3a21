import { Download, FilePlus2, FileWarning, RefreshCw } from 'lucide-react';
import { downloadFile } from '@/components/app/downloads';
import { Button } from '@/components/ui/button';
import { FilePickButton } from '@/components/ui/file-pick-button';
import { Message } from '@/components/ui/message';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { ReactNode } from 'react';
import { compileVerdict, errorPlace } from '@/lib/tex/compile-verdict';
import type { CompileResult } from '@/lib/tex/types';
import { MissingPackages } from './missing-packages';

const MISSING_SENTENCE = /^`[^`]+` is in (TeX Live's `[^`]+` package|no TeX Live package)/;

/**
 * What a compile produced: the PDF, or errors a person can act on, each with its next step:
 * a LaTeX error names file, line and message, and offers to replace the project's files with
 * the corrected ones (`onReplaceFiles`) or compile again; a missing file offers to add it
 * (`onAddFiles`); a missing package names its TeX Live package and fetches it on a click.
 */
export function CompileResultView({ result, fileName, mainFile, onRecompile, onReplaceFiles, onAddFiles, fontsOffer }: {
  result: CompileResult;
  /** The main file this result is of (said on the element, so a test knows which compile it sees). */
  mainFile?: string;
  /** What to offer for the fonts stood in for (installed-fonts.tsx), shown under their notes. */
  fontsOffer?: ReactNode;
  fileName: string;
  onRecompile?: () => void;
  onReplaceFiles?: (files: File[]) => void;
  onAddFiles?: (files: File[]) => void;
}) {
  // The engine adds one sentence per missing file for the log and the CLI; here the missing-
  // packages box says it, with the button.
  const errors = result.missingPackages?.length ? result.errors.filter((e) => !(e.file === null && MISSING_SENTENCE.test(e.message))) : result.errors;
  // LaTeX went on past its errors and made the PDF below (as Overleaf shows it): usable, still to fix.
  const withErrors = compileVerdict(result) === 'with-errors';
  return (
    <div data-testid="compile-result" data-ok={result.ok} data-pages={result.pages} data-main={mainFile} className="flex flex-col gap-2">
      <p className="muted m-0">
        {result.ok
          ? `Compiled: ${result.pages} page${result.pages === 1 ? '' : 's'}`
          : withErrors
            ? `Compiled with ${errors.length === 1 ? 'a LaTeX error' : `${errors.length} LaTeX errors`}: ${result.pages} page${result.pages === 1 ? '' : 's'}`
            : 'The resume did not compile'} in{' '}
        {(result.ms / 1000).toFixed(2)} s
      </p>
      {result.warnings.filter((w) => w.startsWith('Installed font:')).map((w) => (
        <p key={w} className="muted m-0" data-testid="installed-fonts-used">{w}</p>
      ))}
      {result.warnings.filter((w) => w.startsWith('Font:')).map((w) => (
        <p key={w} className="warning" data-testid="font-substitution">{w}</p>
      ))}
      {fontsOffer}
      {result.missingPackages?.length ? (
        <MissingPackages missing={result.missingPackages} onFetched={() => onRecompile?.()} onAddFiles={onAddFiles} />
      ) : result.missingFiles.length ? (
        <Message
          tone="error"
          data-testid="missing-files"
          title={`Missing: ${result.missingFiles.join(', ')}`}
          action={onAddFiles ? (
            <FilePickButton variant="primary" onFiles={onAddFiles} inputProps={{ 'aria-label': 'Add the missing files', 'data-testid': 'add-missing-files' }}>
              <FilePlus2 aria-hidden />Add {result.missingFiles.length === 1 ? 'the file' : 'the files'}
            </FilePickButton>
          ) : undefined}
        >
          Add {result.missingFiles.length === 1 ? 'this file' : 'these files'} to the resume; it compiles again by itself.
        </Message>
      ) : null}
      {errors.length ? (
        <Message
          tone={withErrors ? 'warning' : 'error'}
          title={withErrors ? `LaTeX reported ${errors.length === 1 ? 'an error and made the PDF below despite it' : 'errors and made the PDF below despite them'}` : 'LaTeX stopped here'}
          data-testid="compile-error"
          action={onReplaceFiles ? (
            <FilePickButton variant="primary" onFiles={onReplaceFiles} inputProps={{ 'aria-label': 'Replace with the corrected files (files or a .zip)', 'data-testid': 'replace-corrected' }}>
              <RefreshCw aria-hidden />Replace with the corrected files
            </FilePickButton>
          ) : undefined}
        >
          <ul className="m-0 flex list-none flex-col gap-1 p-0" data-testid="compile-errors">
            {errors.slice(0, 20).map((e, i) => (
              <li key={i} className="flex gap-1.5">
                <FileWarning aria-hidden className={`mt-0.5 size-3.5 shrink-0 ${withErrors ? 'text-warning' : 'text-danger'}`} />
                <span>
                  {errorPlace(e) ? <code>{errorPlace(e)}</code> : null} {e.message}
                </span>
              </li>
            ))}
          </ul>
          <p className="m-0 mt-1.5" data-testid="compile-next-step">
            Next: fix {errors[0].file ? <>line {errors[0].line ?? '?'} of <code>{errors[0].file}</code></> : 'the first error'} in your project, then replace
            this resume&apos;s files with the corrected ones (a .zip or the files; your runs stay linked to it).{' '}
            {withErrors
              ? 'Until then the PDF below is what LaTeX made despite the error, and tailoring starts from it (a tailored copy never gets a new error).'
              : 'The master is kept as a draft until it compiles.'}
          </p>
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
