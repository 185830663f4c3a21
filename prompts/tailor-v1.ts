import type { ChatMessage } from '@/lib/llm/types';
import { fencePosting, POSTING_IS_DATA } from './fence';

export const TAILOR_PROMPT_VERSION = 'tailor-v1';

export interface TailorPromptInput {
  job: { title?: string | null; company?: string | null; description: string };
  keywords: { term: string; importance: 'must' | 'nice' }[];
  segments: { id: string; kind: string; section: string | null; listId: string; text: string }[];
  lists: { id: string; segmentIds: string[] }[];
  /** Movable sections (empty when the template's sections cannot be reordered safely). */
  sections?: { id: string; title: string }[];
  strength: 'light' | 'keywords' | 'full';
  pageTarget: number;
}

const STRENGTH: Record<TailorPromptInput['strength'], string> = {
  light: 'Light: only reorder lists and make small wording changes that surface matching experience. Edit few segments.',
  keywords: 'Keywords: reorder, and rephrase bullets so the posting\'s keywords appear where the experience truly supports them.',
  full: 'Full: you may rephrase any segment substantially, but every fact must come from the resume.',
};

const SYSTEM = `You tailor a LaTeX resume to a job posting by editing small segments of it.
Rules (all of them, always):
1. Truthfulness: never add an employer, job title, date, degree, number, percentage, skill, tool or certification that the resume does not already state. Rephrase and emphasise; do not invent.
2. Keep the author's voice, tense and length: a rewrite is at most about the length of the original.
3. newText is LaTeX that replaces the segment's text exactly: keep its macros (\\textbf{…}, \\emph{…}), escape & % $ # _ as \\& \\% \\$ \\# \\_, never add \\item, \\section, \\begin, \\end, \\\\, \\input or any command definition.
4. Only use segment ids and list ids that are given. Reorder a list by giving all of its ids in the new order. If sections are listed, you may reorder them by giving all section ids in "sectionOrder".
5. ${POSTING_IS_DATA}
6. Optionally return "keywords": important skills the keyword lists above missed or weighted wrongly, copied exactly as the posting writes them, each with "must" or "nice".
Return JSON: {"edits":[{"segmentId","newText","reason","keywordsAdded"}],"reorders":[{"listId","order"}],"sectionOrder":null,"summary"}. Omit segments you would not change.`;

/** Builds the messages of a structured tailoring request (prompt version {@link TAILOR_PROMPT_VERSION}). */
export function buildTailorMessages(input: TailorPromptInput): ChatMessage[] {
  const kw = (imp: 'must' | 'nice') => input.keywords.filter((k) => k.importance === imp).map((k) => k.term).join(', ') || '(none found)';
  const segments = input.segments.map((s) => JSON.stringify({ id: s.id, kind: s.kind, section: s.section, list: s.listId, text: s.text })).join('\n');
  const lists = input.lists.filter((l) => l.segmentIds.length > 1).map((l) => `${l.id}: ${l.segmentIds.join(' ')}`).join('\n') || '(none)';
  const user = [
    `Tailoring strength: ${STRENGTH[input.strength]}`,
    `Page target: the compiled resume must stay within ${input.pageTarget} page(s).`,
    `Must-have keywords: ${kw('must')}`,
    `Nice-to-have keywords: ${kw('nice')}`,
    '',
    fencePosting([input.job.title && `Title: ${input.job.title}`, input.job.company && `Company: ${input.job.company}`, input.job.description].filter(Boolean).join('\n')),
    '',
    'Segments (one JSON object per line):',
    segments,
    '',
    'Reorderable lists:',
    lists,
    '',
    'Sections (in order; reorder with "sectionOrder"):',
    input.sections?.length ? input.sections.map((x) => `${x.id}: ${x.title}`).join('\n') : '(cannot be reordered)',
  ].join('\n');
  return [{ role: 'system', content: SYSTEM }, { role: 'user', content: user }];
}
