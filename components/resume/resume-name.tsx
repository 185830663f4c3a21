import { Check, Pencil, X } from 'lucide-react';
import { useState } from 'react';
import type { ResumeRecord } from '@/lib/db/records';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';

/**
 * A master's name, which selects it, with a pencil to rename it in place (Enter saves, Escape
 * cancels). Runs refer to the master by id, so a new name changes nothing in the history.
 */
export function ResumeName({ resume, current, onSelect, onRename }: { resume: ResumeRecord; current: boolean; onSelect(): void; onRename(name: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    const save = () => {
      if (draft.trim() && draft.trim() !== resume.name) onRename(draft);
      setDraft(null);
    };
    return (
      <form className="flex min-w-0 flex-1 items-center gap-1" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Input
          autoFocus
          aria-label={`New name for ${resume.name}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Escape') setDraft(null); }}
          className="min-w-0 flex-1"
        />
        <Button type="submit" size="icon" variant="ghost" aria-label="Save the name" disabled={!draft.trim()}><Check aria-hidden /></Button>
        <Button size="icon" variant="ghost" aria-label="Keep the old name" onClick={() => setDraft(null)}><X aria-hidden /></Button>
      </form>
    );
  }
  return (
    <>
      <button type="button" aria-current={current} onClick={onSelect} className="min-w-0 flex-1 cursor-pointer truncate rounded-sm text-left font-semibold hover:text-primary">
        {resume.name}
      </button>
      <Button size="icon" variant="ghost" aria-label={`Rename ${resume.name}`} title="Rename" onClick={() => setDraft(resume.name)}>
        <Pencil aria-hidden />
      </Button>
    </>
  );
}
