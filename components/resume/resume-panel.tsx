import { FileText, FlaskConical, FolderOpen } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { ResumeRecord } from '@/lib/db/records';
import { ConfirmedFacts } from './confirmed-facts';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FileDrop } from '@/components/ui/file-drop';
import { Message } from '@/components/ui/message';
import { ResumeList } from './resume-list';
import { useAddSampleResume } from './sample-resume';
import { useImportResume, useResumes } from './use-resumes';

/**
 * The side panel's resume view: import a master resume (a folder with its .cls/.sty/images,
 * single files, or a .zip of the project, dropped or picked), pick the default and the main
 * file. `renderPreview` shows the compiled PDF; a resume just imported compiles at once.
 */
export function ResumePanel({ renderPreview }: { renderPreview?: (resume: ResumeRecord, justImported: boolean) => ReactNode }) {
  const resumes = useResumes();
  const importer = useImportResume();
  const sample = useAddSampleResume();
  const [selectedId, setSelectedIdState] = useState<string>();
  // The resume imported last compiles as soon as it is shown (compiled on import).
  const [justImported, setJustImported] = useState<string>();
  const setSelectedId = (id: string) => {
    setSelectedIdState(id);
    if (id !== justImported) setJustImported(undefined);
  };
  // Also a draft's "Show the errors": selected and compiled at once.
  const imported = (id: string) => {
    setJustImported(id);
    setSelectedIdState(id);
  };
  const selected = resumes?.find((r) => r.id === selectedId) ?? resumes?.find((r) => r.isDefault) ?? resumes?.[0];

  const onPick = (files: File[]) => {
    if (files.length) importer.mutate(files, { onSuccess: ({ id }) => imported(id) });
  };

  return (
    <section aria-label="Resumes" className="flex flex-col gap-3">
      {resumes?.length === 0 ? (
        <EmptyState icon={FileText} title="No resume yet" data-testid="no-resume">
          Import your master .tex with its class, style, bibliography and image files. Bespoke never changes it: every tailored version is a copy.
        </EmptyState>
      ) : null}
      <div className="grid grid-cols-1 gap-2 min-[400px]:grid-cols-2">
        <FileDrop
          label="Import files"
          hint="Drop or pick .tex, .cls, .sty, images or a .zip"
          inputProps={{ multiple: true, 'aria-label': 'Import resume files', 'data-testid': 'import-files' }}
          onFiles={onPick}
        />
        <FileDrop
          label="Import a folder"
          hint="The whole LaTeX project"
          icon={<FolderOpen aria-hidden className="size-5 text-muted-foreground" />}
          inputProps={{ 'aria-label': 'Import a resume folder', 'data-testid': 'import-folder', ...{ webkitdirectory: '' } }}
          onFiles={onPick}
        />
      </div>
      {resumes?.length === 0 ? (
        <Button variant="ghost" size="sm" className="self-center" onClick={() => sample.mutate(undefined, { onSuccess: imported })} disabled={sample.isPending}>
          <FlaskConical aria-hidden /> Or try the sample resume
        </Button>
      ) : null}
      {importer.isPending ? <Message>Importing…</Message> : null}
      {importer.error ? <Message tone="error" data-testid="import-error">{importer.error.message}</Message> : null}
      {importer.data?.leftOut ? <Message data-testid="import-left-out">{importer.data.leftOut}</Message> : null}
      {resumes === undefined ? <p className="muted">Loading…</p> : null}
      {resumes?.length ? <ResumeList resumes={resumes} selectedId={selected?.id} onSelect={setSelectedId} onShowErrors={imported} /> : null}
      {selected ? <ConfirmedFacts resume={selected} /> : null}
      {selected && renderPreview ? renderPreview(selected, selected.id === justImported) : null}
    </section>
  );
}
