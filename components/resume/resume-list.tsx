import { FilePlus2, RefreshCw, Star, Trash2 } from 'lucide-react';
import type { ResumeRecord } from '@/lib/db/records';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field, Select } from '@/components/ui/field';
import { FilePickButton } from '@/components/ui/file-pick-button';
import { Message } from '@/components/ui/message';
import { ResumeName } from './resume-name';
import { useResumeActions } from './use-resumes';

const isTex = (path: string) => /\.(tex|ltx|xtx)$/i.test(path);

/** The user's master resumes: select, rename, default, main file, replace or add files, delete. */
export function ResumeList({ resumes, selectedId, onSelect }: { resumes: ResumeRecord[]; selectedId?: string; onSelect(id: string): void }) {
  const { remove, makeDefault, chooseMain, rename, replace, addFiles } = useResumeActions();
  // One error line, under the resume it concerns.
  const failed = [replace, addFiles, rename, chooseMain].find((m) => m.error);
  const failedId = (failed?.variables as { id?: string } | undefined)?.id;
  return (
    <ul className="m-0 flex list-none flex-col gap-2 p-0" data-testid="resume-list" aria-label="Master resumes">
      {resumes.map((r) => {
        const current = r.id === selectedId;
        return (
          <li key={r.id} data-testid="resume-item" className={cn('flex flex-col gap-2 rounded-lg border bg-card p-2.5', current ? 'border-primary/60 ring-1 ring-primary/30' : 'border-border')}>
            <div className="flex items-center gap-1">
              <ResumeName resume={r} current={current} onSelect={() => onSelect(r.id)} onRename={(name) => rename.mutate({ id: r.id, name })} />
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
          </li>
        );
      })}
    </ul>
  );
}
