import { Check } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, SectionHeader } from '@/components/ui/card';
import { Field, Input, Textarea } from '@/components/ui/field';

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
    <Card>
      <form
        data-testid="paste-job"
        aria-label="Paste a job description"
        className="flex flex-col gap-2.5"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit({ title: title.trim(), company: company.trim(), description: description.trim() });
        }}
      >
        <SectionHeader title="Paste a job description" description="Copy the posting's text from any page or email." />
        <Field label="Title"><Input value={title} onChange={(e) => setTitle(e.target.value)} /></Field>
        <Field label="Company"><Input value={company} onChange={(e) => setCompany(e.target.value)} /></Field>
        <Field label="Description"><Textarea data-testid="paste-description" value={description} onChange={(e) => setDescription(e.target.value)} /></Field>
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="primary" type="submit" disabled={tooShort}><Check aria-hidden />Use this description</Button>
          {tooShort && description ? <span className="muted">That is too short to be a job description.</span> : null}
        </div>
      </form>
    </Card>
  );
}
