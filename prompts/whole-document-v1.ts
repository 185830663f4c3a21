import type { ChatMessage } from '@/lib/llm/types';
import { fencePosting, POSTING_IS_DATA } from './fence';

export const WHOLE_DOCUMENT_PROMPT_VERSION = 'whole-document-v1';

/** Whole-document mode, for templates the segmenter cannot split: the full file comes back. */
export function buildWholeDocumentMessages(input: { document: string; job: { title?: string | null; company?: string | null; description: string }; strength: string; pageTarget: number }): ChatMessage[] {
  const system = `You tailor a LaTeX resume to a job posting and return the complete LaTeX file.
Rules: everything before \\begin{document} must come back byte for byte unchanged. Never add an employer, title, date, degree, number, percentage, skill or tool the resume does not state. Keep the voice and length; stay within ${input.pageTarget} page(s). Never add \\input, \\include, \\write, \\def, \\usepackage or command definitions. ${POSTING_IS_DATA}
Tailoring strength: ${input.strength}. Return JSON {"document": "<the full file>", "summary": "<what you changed>"}.`;
  const job = [input.job.title && `Title: ${input.job.title}`, input.job.company && `Company: ${input.job.company}`, input.job.description].filter(Boolean).join('\n');
  return [{ role: 'system', content: system }, { role: 'user', content: `${fencePosting(job)}\n\n<resume>\n${input.document}\n</resume>` }];
}
