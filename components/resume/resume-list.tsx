import { Star, Trash2 } from 'lucide-react';
import type { ResumeRecord } from '@/lib/db/records';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field, Select } from '@/components/ui/field';
import { useResumeActions } from './use-resumes';

const isTex = (path: string) => /\.(tex|ltx|xtx)$/i.test(path);

/** The user's master resumes: default, main file, files, delete. */
export function ResumeList({ resumes, selectedId, onSelect }: { resumes: ResumeRecord[]; selectedId?: string; onSelect(id: string): void }) {
  const { remove, makeDefault, chooseMain } = useResumeActions();
  return (
    <ul className="m-0 flex list-none flex-col gap-2 p-0" data-testid="resume-list" aria-label="Master resumes">
      {resumes.map((r) => {
        const current = r.id === selectedId;
        return (
          <li key={r.id} className={cn('flex flex-col gap-2 rounded-lg border bg-card p-2.5', current ? 'border-primary/60 ring-1 ring-primary/30' : 'border-border')}>
            <div className="flex items-center gap-2">
              <button
                type="button"
                aria-current={current}
                onClick={() => onSelect(r.id)}
                className="min-w-0 flex-1 cursor-pointer truncate rounded-sm text-left font-semibold hover:text-primary"
              >
                {r.name}
              </button>
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
            <div className="flex items-end gap-2">
              <Field label="Main file" className="flex-1">
                <Select value={r.mainFile} onChange={(e) => chooseMain.mutate({ id: r.id, path: e.target.value })}>
                  {r.files.filter((f) => isTex(f.path)).map((f) => (
                    <option key={f.path}>{f.path}</option>
                  ))}
                </Select>
              </Field>
            </div>
            <p className="muted m-0">{r.files.length} file{r.files.length === 1 ? '' : 's'} · updated {new Date(r.updatedAt).toLocaleString()}</p>
          </li>
        );
      })}
    </ul>
  );
}
