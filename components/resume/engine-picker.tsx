import { useMutation } from '@tanstack/react-query';
import { getDatabase } from '@/lib/db/database';
import type { ResumeRecord } from '@/lib/db/records';
import { setEngine } from '@/lib/db/resumes';
import type { TexEngineName } from '@/lib/tex/engine-choice';

const LABEL: Record<TexEngineName, string> = { pdflatex: 'pdfLaTeX', xelatex: 'XeLaTeX' };

/**
 * Which engine compiles this resume: automatic (the project decides: fontspec, a magic comment,
 * a .xtx main file) or the person's choice; `used` is what the last compile ran, and why.
 */
export function EnginePicker({ resume, used }: { resume: ResumeRecord; used?: { engine?: TexEngineName; engineReason?: string } }) {
  // The resume list is a live query: the stored choice shows up by itself.
  const save = useMutation({ mutationFn: (engine: TexEngineName | null) => setEngine(getDatabase(), resume.id, engine) });
  return (
    <div className="row" data-testid="engine-picker">
      <label>
        Engine{' '}
        <select
          aria-label="TeX engine"
          value={resume.engine ?? 'auto'}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.value === 'auto' ? null : (e.target.value as TexEngineName))}
        >
          <option value="auto">Automatic</option>
          <option value="pdflatex">pdfLaTeX</option>
          <option value="xelatex">XeLaTeX</option>
        </select>
      </label>
      {used?.engine ? (
        <span className="muted" data-testid="engine-used" data-engine={used.engine}>
          Compiled with {LABEL[used.engine]}{used.engineReason ? ` (${used.engineReason})` : ''}
        </span>
      ) : null}
    </div>
  );
}
