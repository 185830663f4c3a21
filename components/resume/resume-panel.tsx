import { useState, type ReactNode } from 'react';
import type { ResumeRecord } from '@/lib/db/records';
import { ConfirmedFacts } from './confirmed-facts';
import { ResumeList } from './resume-list';
import { useImportResume, useResumes } from './use-resumes';

/**
 * The side panel's resume view: import a master resume (a folder with its .cls/.sty/images, or
 * single files), pick the default and the main file. `renderPreview` shows the compiled PDF.
 */
export function ResumePanel({ renderPreview }: { renderPreview?: (resume: ResumeRecord) => ReactNode }) {
  const resumes = useResumes();
  const importer = useImportResume();
  const [selectedId, setSelectedId] = useState<string>();
  const selected = resumes?.find((r) => r.id === selectedId) ?? resumes?.find((r) => r.isDefault) ?? resumes?.[0];

  const onPick = (files: FileList | null) => {
    if (files?.length) importer.mutate(files, { onSuccess: (id) => setSelectedId(id) });
  };

  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div className="row">
        <label className="secondary">
          Import a resume folder
          <input type="file" data-testid="import-folder" {...{ webkitdirectory: '' }} onChange={(e) => onPick(e.target.files)} />
        </label>
        <label className="secondary">
          Or files
          <input type="file" multiple data-testid="import-files" onChange={(e) => onPick(e.target.files)} />
        </label>
      </div>
      {importer.isPending ? <p className="muted">Importing…</p> : null}
      {importer.error ? <p className="error" data-testid="import-error">{importer.error.message}</p> : null}
      {resumes === undefined ? <p className="muted">Loading…</p> : null}
      {resumes?.length === 0 ? (
        <p className="muted" data-testid="no-resume">No resume yet. Import your master .tex (with its class, style and image files).</p>
      ) : null}
      {resumes?.length ? <ResumeList resumes={resumes} selectedId={selected?.id} onSelect={setSelectedId} /> : null}
      {selected ? <ConfirmedFacts resume={selected} /> : null}
      {selected && renderPreview ? renderPreview(selected) : null}
    </section>
  );
}
