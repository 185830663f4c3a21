import { Briefcase, Check, FileText, FlaskConical, KeyRound, Sparkles } from 'lucide-react';
import type { ReactNode } from 'react';
import { useAddSampleResume } from '@/components/resume/sample-resume';
import { useImportResume } from '@/components/resume/use-resumes';
import { useActiveProfile } from '@/components/tailor/use-tailor';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FileDrop } from '@/components/ui/file-drop';
import { Message } from '@/components/ui/message';

function Step({ n, done, title, children }: { n: number; done?: boolean; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden className={`grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold ${done ? 'bg-success text-primary-foreground' : 'bg-accent text-accent-foreground'}`}>
        {done ? <Check className="size-3.5" /> : n}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <h3 className="pt-0.5">{title}</h3>
        {children}
      </div>
    </li>
  );
}

/**
 * The first run: three steps to a first tailored PDF — a master resume (yours or the sample),
 * optionally a model (or the offline tailor), then a job posting.
 */
export function Welcome({ navigate }: { navigate(tab: string): void }) {
  const importer = useImportResume();
  const sample = useAddSampleResume();
  const profile = useActiveProfile();
  const afterResume = { onSuccess: () => navigate('job') };

  return (
    <div className="flex flex-col gap-3" data-testid="welcome">
      <div className="flex flex-col gap-1 pt-1">
        <h2 className="text-lg">Welcome to Bespoke</h2>
        <p className="text-sm text-muted-foreground">Your LaTeX resume, tailored to the job in front of you, compiled to PDF in your browser. Nothing leaves it except the call to the model you choose.</p>
      </div>
      <Card>
        <ol className="m-0 flex list-none flex-col gap-4 p-0">
          <Step n={1} title="Add your master resume">
            <FileDrop
              label="Drop your .tex project here or choose files"
              hint="The .tex with its .cls, .sty, .bib, images and fonts, or a .zip"
              icon={<FileText aria-hidden className="size-5 text-muted-foreground" />}
              inputProps={{ multiple: true, 'aria-label': 'Choose resume files', 'data-testid': 'welcome-import' }}
              onFiles={(files) => importer.mutate(files, afterResume)}
            />
            <Button variant="secondary" onClick={() => sample.mutate(undefined, afterResume)} disabled={sample.isPending} data-testid="try-sample">
              <FlaskConical aria-hidden /> Try the sample resume
            </Button>
            {importer.error ? <Message tone="error">{importer.error.message}</Message> : null}
            {sample.error ? <Message tone="error">{sample.error.message}</Message> : null}
          </Step>
          <Step n={2} done={Boolean(profile.data)} title="Choose who rewrites it (optional)">
            <p className="m-0 text-xs text-muted-foreground">
              {profile.data
                ? `${profile.data.label} (${profile.data.model}) is ready.`
                : 'Add your own key for OpenAI, Anthropic, Gemini, Mistral or a local model — or skip it: the offline tailor reorders your bullets and skills with no key at all.'}
            </p>
            {profile.data ? null : (
              <Button variant="ghost" size="sm" className="self-start" onClick={() => navigate('settings')}>
                <KeyRound aria-hidden /> Add a model
              </Button>
            )}
          </Step>
          <Step n={3} title="Open a job posting">
            <p className="m-0 text-xs text-muted-foreground">
              Open a job on LinkedIn, Indeed, Greenhouse, Lever, Workday or any careers page and press <strong>Tailor resume</strong> on the page, or the Bespoke toolbar button. No page at hand? Paste the description.
            </p>
            <Button variant="ghost" size="sm" className="self-start" onClick={() => navigate('job')}>
              <Briefcase aria-hidden /> Paste a job description
            </Button>
          </Step>
        </ol>
      </Card>
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Sparkles aria-hidden className="size-3.5" /> Every change is shown as a diff you accept or reject before you download.
      </p>
    </div>
  );
}
