import { useMutation } from '@tanstack/react-query';
import { getPageTexEngine } from '@/components/resume/use-compile';
import { getDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { createRemoteLlmClient } from '@/lib/runs/remote-llm-client';
import { writeCoverLetter } from '@/lib/tailor/index';
import { extractPdfTextBrowser } from '@/lib/tailor/score/pdf-text.browser';
import type { ProviderId } from '@/lib/llm/types';

export interface CoverLetterInput {
  run: RunRecord;
  resume: ResumeRecord;
  job: JobRecord;
  profile: { id: string; provider: ProviderId };
  acceptFlagged?: boolean;
}

/**
 * Writes a cover letter for a run's posting from the resume as compiled (its PDF text is what
 * the letter may draw facts from), compiles it, and keeps it with the run.
 */
export function useWriteCoverLetter() {
  return useMutation({
    mutationFn: async ({ run, resume, job, profile, acceptFlagged }: CoverLetterInput) => {
      if (!run.pdf) throw new Error('This run has no PDF to write a cover letter from.');
      if (!job.description) throw new Error('The posting has no description.');
      const resumeText = (await extractPdfTextBrowser(run.pdf)).text;
      const letter = await writeCoverLetter(
        { client: createRemoteLlmClient(profile.provider, profile.id), compiler: getPageTexEngine() },
        {
          project: { mainFile: resume.mainFile, files: Object.fromEntries(resume.files.map((f) => [f.path, f.content])), engine: resume.engine },
          resumeText,
          job: { title: job.title, company: job.company, description: job.description },
          acceptFlagged,
        },
      );
      const coverLetter = { tex: letter.tex, pdf: letter.pdf, paragraphs: letter.paragraphs, model: letter.model };
      await getDatabase().runs.update(run.id, { coverLetter });
      return coverLetter;
    },
  });
}
