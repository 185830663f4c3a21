import { FilePlus2, FileWarning, RefreshCw, Star, Trash2 } from 'lucide-react';
import { draftOf } from '@/lib/db/compiles';
import type { ResumeRecord } from '@/lib/db/records';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field, Select } from '@/components/ui/field';
import { FilePickButton } from '@/components/ui/file-pick-button';
import { Message } from '@/components/ui/message';
import { ResumeName } from './resume-name';
import { useLastCompiles, useResumeActions } from './use-resumes';

const isTex = (path: string) => /\.(tex|ltx|xtx)$/i.test(path);

/**
 * The user's master resumes: select, rename, default, main file, replace or add files, delete.
 * A master whose last compile failed is a draft (one whose PDF was made despite errors is marked
 * "Has errors", and stays usable): a badge, why, and the next step (`onShowErrors`
 * selects and compiles it, so the errors and their buttons are shown; the selected master has
 * its Compile button just below).
 */
export function ResumeList({ resumes, selectedId, onSelect, onShowErrors }: { resumes: ResumeRecord[]; selectedId?: string; onSelect(id: string): void; onShowErrors?(id: string): void }) {
  const { remove, makeDefault, chooseMain, rename, replace, addFiles } = useResumeActions();
  const compiles = useLastCompiles();
  // One error line, under the resume it concerns.
  const failed = [replace, addFiles, rename, chooseMain].find((m) => m.error);
  const failedId = (failed?.variables as { id?: string } | undefined)?.id;
  return (
    <ul className="m-0 flex list-none flex-col gap-2 p-0" data-testid="resume-list" aria-label="Master resumes">
      {resumes.map((r) => {
        const current = r.id === selectedId;
        const draft = draftOf(r, compiles?.get(r.id));
        return (
          <li key={r.id} data-testid="resume-item" className={cn('flex flex-col gap-2 rounded-lg border bg-card p-2.5', current ? 'border-primary/60 ring-1 ring-primary/30' : 'border-border')}>
            <div className="flex items-center gap-1">
              <ResumeName resume={r} current={current} onSelect={() => onSelect(r.id)} onRename={(name) => rename.mutate({ id: r.id, name })} />
              {draft ? (
                <Badge tone="warning" data-testid="draft-badge" title={draft.withErrors ? 'The last compile made its PDF despite LaTeX errors' : 'The last compile failed'}>
                  {draft.withErrors ? 'Has errors' : 'Draft'}
                </Badge>
              ) : null}
              {r.isDefault ? (
                <Badge tone="primary"><Star aria-hidden />default</Badge>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => makeDefault.mutate(r.id)}>Make default</Button>
              )}
              <Button
                size="icon"
                variant="ghost"
                aria-label={`Delete ${r.name}`}
                title="Delete"
                onClick={() => {
                  if (confirm(`Delete the resume “${r.name}”? This cannot be undone.`)) remove.mutate(r.id);
                }}
              >
                <Trash2 aria-hidden />
              </Button>
            </div>
            <Field label="Main file">
              <Select value={r.mainFile} onChange={(e) => chooseMain.mutate({ id: r.id, path: e.target.value })}>
                {r.files.filter((f) => isTex(f.path)).map((f) => (
                  <option key={f.path}>{f.path}</option>
                ))}
              </Select>
            </Field>
            <p className="muted m-0">{r.files.length} file{r.files.length === 1 ? '' : 's'} · updated {new Date(r.updatedAt).toLocaleString()}</p>
            {draft ? (
              <div data-testid="draft-note" className="flex flex-col gap-1 rounded-md border border-warning/40 bg-warning-soft px-2.5 py-2 text-xs">
                <p className="m-0 flex gap-1.5">
                  <FileWarning aria-hidden className="mt-px size-3.5 shrink-0 text-warning" />
                  <span className="min-w-0 break-words"><span className="font-medium">{draft.withErrors ? 'Compiled with errors:' : 'Did not compile:'}</span> <span data-testid="draft-reason">{draft.reason}</span></span>
                </p>
                <p className="m-0 break-words"><span className="font-medium">Next:</span> <span data-testid="draft-next">{draft.next}</span></p>
                {onShowErrors && !current ? (
                  <Button size="sm" variant="secondary" className="self-start" onClick={() => onShowErrors(r.id)}>Show the errors</Button>
                ) : null}
              </div>
            ) : null}
            <div className="-ml-1 flex flex-wrap items-center gap-1">
              <FilePickButton
                variant="ghost"
                onFiles={(files) => { onSelect(r.id); replace.mutate({ id: r.id, files }); }}
                inputProps={{ 'aria-label': `Replace the files of ${r.name} (files or a .zip)`, 'data-testid': 'replace-files' }}
              >
                <RefreshCw aria-hidden />Replace files
              </FilePickButton>
              <FilePickButton
                variant="ghost"
                onFiles={(files) => { onSelect(r.id); addFiles.mutate({ id: r.id, files }); }}
                inputProps={{ 'aria-label': `Add files to ${r.name}`, 'data-testid': 'add-files' }}
              >
                <FilePlus2 aria-hidden />Add files
              </FilePickButton>
            </div>
            {failed && failedId === r.id ? <Message tone="error" data-testid="resume-action-error">{failed.error!.message}</Message> : null}
            {replace.data?.leftOut && replace.variables?.id === r.id ? <Message data-testid="import-left-out">{replace.data.leftOut}</Message> : null}
          </li>
        );
      })}
    </ul>
  );
}
