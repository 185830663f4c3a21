import { useState } from 'react';

export interface PastedJob {
  title: string;
  company: string;
  description: string;
}

/** The fallback when a page has no readable posting: the user pastes the description. */
export function PasteJob({ onSubmit, initial }: { onSubmit(job: PastedJob): void; initial?: Partial<PastedJob> }) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [company, setCompany] = useState(initial?.company ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const tooShort = description.trim().split(/\s+/).filter(Boolean).length < 5;
  return (
    <form
      data-testid="paste-job"
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ title: title.trim(), company: company.trim(), description: description.trim() });
      }}
    >
      <h2>Paste a job description</h2>
      <label>Title<input value={title} onChange={(e) => setTitle(e.target.value)} /></label>
      <label>Company<input value={company} onChange={(e) => setCompany(e.target.value)} /></label>
      <label>Description<textarea data-testid="paste-description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <div className="row">
        <button className="primary" type="submit" disabled={tooShort}>Use this description</button>
        {tooShort && description ? <span className="muted">That is too short to be a job description.</span> : null}
      </div>
    </form>
  );
}
