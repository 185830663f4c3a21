import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import type { ProviderId } from '@/lib/llm/types';
import { downloadFile, fileStem } from '@/components/app/downloads';
import { useWriteCoverLetter } from './use-cover-letter';

/** Cover letter for the run's posting: written by the model from the resume's facts, compiled to PDF. */
export function CoverLetterSection(props: { run: RunRecord; resume?: ResumeRecord; job?: JobRecord; profile: { id: string; provider: ProviderId } | null }) {
  const { run, resume, job, profile } = props;
  const write = useWriteCoverLetter();
  const letter = run.coverLetter;
  const flagged = letter?.paragraphs.filter((p) => p.status === 'flagged') ?? [];
  const start = (acceptFlagged = false) => resume && job && profile && write.mutate({ run, resume, job, profile, acceptFlagged });

  if (!profile) return <p className="muted">Cover letters need an LLM provider (Settings).</p>;
  return (
    <section data-testid="cover-letter" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <h2>Cover letter</h2>
      <div className="row">
        <button className="secondary" disabled={write.isPending || !run.pdf || !resume || !job} onClick={() => start()}>
          {write.isPending ? 'Writing…' : letter ? 'Write again' : 'Write a cover letter'}
        </button>
        {flagged.length ? (
          <button className="secondary" disabled={write.isPending} onClick={() => start(true)}>Include the flagged paragraphs</button>
        ) : null}
      </div>
      {write.error ? <p className="error">{write.error.message}</p> : null}
      {flagged.map((p, i) => (
        <p key={i} className="notice">Left out (claims not in your resume: {p.claims.join(', ')}): {p.text}</p>
      ))}
      {letter?.pdf ? (
        <>
          <div className="row">
            <button className="secondary" onClick={() => downloadFile(letter.pdf!, `${fileStem(job?.company, job?.title).replace(/^resume/, 'cover-letter')}.pdf`, 'application/pdf')}>Download cover letter .pdf</button>
            <button className="secondary" onClick={() => downloadFile(letter.tex, 'cover-letter.tex', 'text/x-tex')}>Download .tex</button>
          </div>
          <PdfPreview pdf={letter.pdf} maxPages={1} />
        </>
      ) : null}
    </section>
  );
}
