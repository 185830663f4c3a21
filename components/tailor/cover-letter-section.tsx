import { Download, FileCode, PenLine } from 'lucide-react';
import { PdfPreview } from '@/components/pdf/pdf-preview';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import type { ProviderId } from '@/lib/llm/types';
import { downloadStem, personNameFromTex } from '@/lib/resumes/download-name';
import { downloadFile } from '@/components/app/downloads';
import { Button } from '@/components/ui/button';
import { SectionHeader } from '@/components/ui/card';
import { Message } from '@/components/ui/message';
import { useWriteCoverLetter } from './use-cover-letter';

/** Cover letter for the run's posting: written by the model from the resume's facts, compiled to PDF. */
export function CoverLetterSection(props: { run: RunRecord; resume?: ResumeRecord; job?: JobRecord; profile: { id: string; provider: ProviderId } | null }) {
  const { run, resume, job, profile } = props;
  const write = useWriteCoverLetter();
  const letter = run.coverLetter;
  const flagged = letter?.paragraphs.filter((p) => p.status === 'flagged') ?? [];
  const start = (acceptFlagged = false) => resume && job && profile && write.mutate({ run, resume, job, profile, acceptFlagged });
  const master = resume?.files.find((f) => f.path === resume.mainFile)?.content;
  const stem = downloadStem({ person: typeof master === 'string' ? personNameFromTex(master) : null, company: job?.company, role: job?.title, kind: 'cover-letter' });

  return (
    <section data-testid="cover-letter" aria-label="Cover letter" className="flex flex-col gap-2">
      <SectionHeader title="Cover letter" description={profile ? 'Written from the facts of your tailored resume; claims it cannot back are left out.' : undefined} />
      {!profile ? (
        <p className="muted m-0">Cover letters need a model: add one in Settings.</p>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <Button disabled={write.isPending || !run.pdf || !resume || !job} onClick={() => start()}>
              <PenLine aria-hidden />
              {write.isPending ? 'Writing…' : letter ? 'Write again' : 'Write a cover letter'}
            </Button>
            {flagged.length ? (
              <Button variant="ghost" disabled={write.isPending} onClick={() => start(true)}>Include the flagged paragraphs</Button>
            ) : null}
          </div>
          {write.error ? <Message tone="error">{write.error.message}</Message> : null}
          {flagged.map((p, i) => (
            <Message key={i} tone="warning">Left out (claims not in your resume: {p.claims.join(', ')}): {p.text}</Message>
          ))}
          {letter?.pdf ? (
            <>
              <div className="flex flex-wrap gap-2">
                <Button variant="primary" onClick={() => downloadFile(letter.pdf!, `${stem}.pdf`, 'application/pdf')}><Download aria-hidden />Download cover letter .pdf</Button>
                <Button onClick={() => downloadFile(letter.tex, `${stem}.tex`, 'text/x-tex')}><FileCode aria-hidden />Download .tex</Button>
              </div>
              <PdfPreview pdf={letter.pdf} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
