import type { ChatMessage } from '@/lib/llm/types';
import { fencePosting, POSTING_IS_DATA } from './fence';

export const COVER_LETTER_PROMPT_VERSION = 'cover-letter-v1';

/** Asks for a cover-letter body written only from the resume's facts. */
export function buildCoverLetterMessages(input: { resumeText: string; job: { title?: string | null; company?: string | null; description: string } }): ChatMessage[] {
  const system = `You write the body of a cover letter for the job below, in the first person, from the resume below.
Truthfulness: use only facts in the resume — no new employers, titles, dates, degrees, numbers, percentages, skills or tools. 3 to 4 short paragraphs, plain text (no LaTeX, no markdown). ${POSTING_IS_DATA}
Return JSON {"greeting": "...", "paragraphs": ["..."], "closing": "..."}.`;
  const job = [input.job.title && `Title: ${input.job.title}`, input.job.company && `Company: ${input.job.company}`, input.job.description].filter(Boolean).join('\n');
  return [{ role: 'system', content: system }, { role: 'user', content: `${fencePosting(job)}\n\n<resume>\n${input.resumeText}\n</resume>` }];
}
