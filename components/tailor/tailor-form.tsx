import { useState } from 'react';
import type { JobRecord, ResumeRecord } from '@/lib/db/records';
import type { TailorStrength } from '@/lib/tailor/index';

export interface TailorChoice {
  resumeId: string;
  strength: TailorStrength;
  pages: number | undefined;
  useModel: boolean;
  /** Fix the tailored PDF's text layer for ATS parsers (icons, spacing, Unicode). */
  pdfFixes: boolean;
}

/** What to tailor and how: master resume, strength, page target, model or offline. */
export function TailorForm(props: {
  job: JobRecord | undefined;
  resumes: ResumeRecord[];
  profileLabel: string | null;
  running: boolean;
  onStart(choice: TailorChoice): void;
  onCancel(): void;
}) {
  const { job, resumes, profileLabel, running } = props;
  const [resumeId, setResumeId] = useState(() => (resumes.find((r) => r.isDefault) ?? resumes[0])?.id ?? '');
  const [strength, setStrength] = useState<TailorStrength>('keywords');
  const [pages, setPages] = useState('1');
  const [useModel, setUseModel] = useState(Boolean(profileLabel));
  const [pdfFixes, setPdfFixes] = useState(true);
  const ready = Boolean(job && resumes.some((r) => r.id === resumeId));

  return (
    <form
      data-testid="tailor-form"
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        props.onStart({ resumeId, strength, pages: pages ? Number(pages) : undefined, useModel, pdfFixes });
      }}
    >
      <p className="muted" data-testid="tailor-job">
        {job ? `For: ${job.title ?? 'Untitled job'}${job.company ? ` · ${job.company}` : ''}` : 'Capture a job posting first (Job tab).'}
        {/* Which capture is used, so a posting that arrived unnoticed cannot pass for the one the person opened. */}
        {job ? <span data-testid="tailor-job-source"> — captured {new Date(job.capturedAt).toLocaleString()} from {hostOf(job.url)}</span> : null}
      </p>
      {resumes.length === 0 ? <p className="muted">Import your master resume first (Resume tab).</p> : null}
      <label>
        Master resume
        <select value={resumeId} onChange={(e) => setResumeId(e.target.value)}>
          {resumes.map((r) => (
            <option key={r.id} value={r.id}>{r.name}</option>
          ))}
        </select>
      </label>
      <div className="row">
        <label>
          Strength
          <select value={strength} onChange={(e) => setStrength(e.target.value as TailorStrength)}>
            <option value="light">light</option>
            <option value="keywords">keywords</option>
            <option value="full">full</option>
          </select>
        </label>
        <label>
          Pages
          <input type="number" min={1} max={4} value={pages} onChange={(e) => setPages(e.target.value)} style={{ width: 60 }} />
        </label>
      </div>
      <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
        <input type="checkbox" checked={useModel} disabled={!profileLabel} onChange={(e) => setUseModel(e.target.checked)} />
        {profileLabel ? `Rewrite with ${profileLabel}` : 'No LLM configured: the offline tailor reorders bullets and skills only'}
      </label>
      <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }} title="Icons read as nothing, real spaces between words, every letter mapped to Unicode; added to the tailored copy only, without changing how it looks">
        <input type="checkbox" data-testid="pdf-fixes" checked={pdfFixes} onChange={(e) => setPdfFixes(e.target.checked)} />
        Fix the PDF text layer so an ATS reads every word
      </label>
      <div className="row">
        <button className="primary" type="submit" disabled={!ready || running}>{running ? 'Tailoring…' : 'Tailor resume'}</button>
        {running ? <button className="secondary" type="button" onClick={props.onCancel}>Cancel</button> : null}
      </div>
    </form>
  );
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}
