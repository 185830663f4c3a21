import { downloadFile } from '@/components/app/downloads';
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
    <div data-testid="compile-result" data-ok={result.ok} data-pages={result.pages} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <p className="muted">
        {result.ok ? `Compiled: ${result.pages} page${result.pages === 1 ? '' : 's'}` : 'The resume did not compile'} in{' '}
        {(result.ms / 1000).toFixed(2)} s
      </p>
      {result.warnings.filter((w) => w.startsWith('Font:')).map((w) => (
        <p key={w} className="warning" data-testid="font-substitution">{w}</p>
      ))}
      {result.missingPackages?.length ? (
        <MissingPackages missing={result.missingPackages} onFetched={() => onRecompile?.()} />
      ) : result.missingFiles.length ? (
        <p className="error" data-testid="missing-files">
          Missing: {result.missingFiles.join(', ')}. Add {result.missingFiles.length === 1 ? 'this file' : 'these files'} to the resume.
        </p>
      ) : null}
      {errors.length ? (
        <ul className="error" data-testid="compile-errors">
          {errors.slice(0, 20).map((e, i) => (
            <li key={i}>
              {e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.pdf ? (
        <>
          <div className="row">
            <button className="secondary" onClick={() => downloadFile(result.pdf!, `${fileName}.pdf`, 'application/pdf')}>Download PDF</button>
            <button className="secondary" onClick={() => downloadFile(result.log, `${fileName}.log`, 'text/plain')}>Download log</button>
          </div>
          <PdfPreview pdf={result.pdf} />
        </>
      ) : null}
    </div>
  );
}
