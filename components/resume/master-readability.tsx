import { useQuery } from '@tanstack/react-query';
import { browserTextLayer } from '@/lib/pdf-check/browser';
import type { ResumeRecord } from '@/lib/db/records';
import { ReadabilityReport } from './readability-report';

/** The text-layer check of a compiled master: what an ATS reads of the PDF as the user has it. */
export function MasterReadability({ resume, pdf }: { resume: ResumeRecord; pdf: Uint8Array }) {
  const check = useQuery({
    queryKey: ['master-readability', resume.id, resume.updatedAt, pdf.byteLength],
    queryFn: () => browserTextLayer.check({ mainFile: resume.mainFile, files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])) }, pdf),
    staleTime: Infinity,
  });
  if (check.error) return <p className="error">The PDF’s text could not be checked: {check.error.message}</p>;
  if (!check.data) return <p className="muted">Checking how an ATS reads this PDF…</p>;
  return <ReadabilityReport summary={check.data} label="This PDF" />;
}
