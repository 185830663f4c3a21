import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import type { JobRecord, ResumeRecord } from '@/lib/db/records';
import type { TailorStrength } from '@/lib/tailor/index';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { CheckboxField, Field, Input, Select } from '@/components/ui/field';

export interface TailorChoice {
  resumeId: string;
  strength: TailorStrength;
  pages: number | undefined;
  useModel: boolean;
  /** Fix the tailored PDF's text layer for ATS parsers (icons, spacing, Unicode). */
  pdfFixes: boolean;
}

/** What to tailor and how: master resume, strength, page target, model or offline. One button. */
export function TailorForm(props: {
  job: JobRecord;
  resumes: ResumeRecord[];
  profileLabel: string | null;
  running: boolean;
  onStart(choice: TailorChoice): void;
  onOpenSettings(): void;
}) {
  const { job, resumes, profileLabel, running } = props;
  const [resumeId, setResumeId] = useState(() => (resumes.find((r) => r.isDefault) ?? resumes[0])?.id ?? '');
  const [strength, setStrength] = useState<TailorStrength>('keywords');
  const [pages, setPages] = useState('1');
  const [useModel, setUseModel] = useState(Boolean(profileLabel));
  const [pdfFixes, setPdfFixes] = useState(true);
  const ready = resumes.some((r) => r.id === resumeId);

  return (
    <Card>
      <form
        data-testid="tailor-form"
        aria-label="Tailor"
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          props.onStart({ resumeId, strength, pages: pages ? Number(pages) : undefined, useModel, pdfFixes });
        }}
      >
        <div data-testid="tailor-job" className="flex flex-col gap-0.5">
          <p className="m-0 text-xs text-muted-foreground">Tailoring for</p>
          <p className="m-0 font-semibold leading-snug">
            {job.title ?? 'Untitled job'}
            {job.company ? <span className="font-normal text-muted-foreground"> · {job.company}</span> : null}
          </p>
          {/* Which capture is used, so a posting that arrived unnoticed cannot pass for the one the person opened. */}
          <p className="m-0 text-[11px] text-muted-foreground" data-testid="tailor-job-source">
            captured {new Date(job.capturedAt).toLocaleString()} from {hostOf(job.url)}
          </p>
        </div>
        {profileLabel ? (
          <CheckboxField label={`Rewrite with ${profileLabel}`} checked={useModel} onChange={(e) => setUseModel(e.target.checked)} />
        ) : (
          <div className="flex flex-col gap-1 rounded-md bg-muted px-3 py-2 text-xs">
            <span>No model set up: the offline tailor reorders your bullets and skills by relevance. A model also rewrites them.</span>
            <Button variant="link" size="sm" className="h-auto self-start" onClick={props.onOpenSettings}>Add a model in Settings</Button>
          </div>
        )}
        <div title="Icons read as nothing, real spaces between words, every letter mapped to Unicode; added to the tailored copy only, without changing how it looks">
          <CheckboxField label="Fix the PDF text layer so an ATS reads every word" data-testid="pdf-fixes" checked={pdfFixes} onChange={(e) => setPdfFixes(e.target.checked)} />
        </div>
        <Disclosure summary="Options">
          <div className="grid grid-cols-2 gap-2">
            {resumes.length > 1 ? (
              <Field label="Master resume" className="col-span-2">
                <Select value={resumeId} onChange={(e) => setResumeId(e.target.value)}>
                  {resumes.map((r) => (
                    <option key={r.id} value={r.id}>{r.name}</option>
                  ))}
                </Select>
              </Field>
            ) : null}
            <Field label="Strength">
              <Select value={strength} onChange={(e) => setStrength(e.target.value as TailorStrength)}>
                <option value="light">Light touch</option>
                <option value="keywords">Keywords</option>
                <option value="full">Full rewrite</option>
              </Select>
            </Field>
            <Field label="Pages">
              <Input type="number" min={1} max={4} value={pages} onChange={(e) => setPages(e.target.value)} />
            </Field>
          </div>
        </Disclosure>
        <Button variant="primary" size="lg" type="submit" disabled={!ready || running}>
          <Sparkles aria-hidden />
          {running ? 'Tailoring…' : 'Tailor resume'}
        </Button>
      </form>
    </Card>
  );
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}
