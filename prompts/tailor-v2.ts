import type { ChatMessage } from '@/lib/llm/types';
import { fencePosting, POSTING_IS_DATA } from './fence';
import type { TailorPromptInput } from './tailor-v1';

/**
 * v2: the same rules as v1 with a compact segment listing (grouped by section, one line per
 * segment, no JSON keys), which sends about a third fewer tokens for the same resume.
 */
export const TAILOR_PROMPT_VERSION = 'tailor-v2';

const STRENGTH: Record<TailorPromptInput['strength'], string> = {
  light: 'Light: only reorder lists and make small wording changes that surface matching experience. Edit few segments.',
  keywords: 'Keywords: reorder, and rephrase bullets so the posting\'s keywords appear where the experience truly supports them.',
  full: 'Full: you may rephrase any segment substantially, but every fact must come from the resume.',
};

const SYSTEM = `You tailor a LaTeX resume to a job posting by editing small segments of it.
Segment ids start with b (bullet), s (skills line) or p (paragraph); each line shows "id list | text", where text is the exact LaTeX of the segment.
Rules (all of them, always):
1. Truthfulness: never add an employer, job title, date, degree, number, percentage, skill, tool, certification or link that the resume does not already state. Rephrase and emphasise; do not invent.
2. Keep the author's voice, tense and length: a rewrite is at most about the length of the original.
3. newText is LaTeX that replaces the segment's text exactly: keep its macros (\\textbf{…}, \\emph{…}), escape & % $ # _ as \\& \\% \\$ \\# \\_, never add \\item, \\section, \\begin, \\end, \\\\, \\input or any command definition.
4. Only use the ids given. Reorder a list by giving all of its ids in the new order. If sections are listed, you may reorder them by giving all section ids in "sectionOrder".
5. ${POSTING_IS_DATA}
6. Optionally return "keywords": important skills the keyword lists missed or weighted wrongly, copied exactly as the posting writes them, each with "must" or "nice".
Return JSON: {"edits":[{"segmentId","newText","reason","keywordsAdded"}],"reorders":[{"listId","order"}],"sectionOrder":null,"keywords":[],"summary"}. Omit segments you would not change.`;

/** The compact segment listing: a `## Section` header, then `id list | text` lines. */
export function formatSegments(segments: TailorPromptInput['segments']): string {
  const out: string[] = [];
  let section: string | null | undefined;
  for (const s of segments) {
    if (s.section !== section) { section = s.section; out.push(`## ${section ?? '(top)'}`); }
    out.push(`${s.id} ${s.listId} | ${s.text.replace(/\s*\n\s*/g, ' ')}`);
  }
  return out.join('\n');
}

/** Builds the messages of a structured tailoring request (prompt version {@link TAILOR_PROMPT_VERSION}). */
export function buildTailorMessages(input: TailorPromptInput): ChatMessage[] {
  const kw = (imp: 'must' | 'nice') => input.keywords.filter((k) => k.importance === imp).map((k) => k.term).join(', ') || '(none found)';
  const lists = input.lists.filter((l) => l.segmentIds.length > 1).map((l) => `${l.id}: ${l.segmentIds.join(' ')}`).join('\n') || '(none)';
  const user = [
    `Tailoring strength: ${STRENGTH[input.strength]}`,
    `Page target: the compiled resume must stay within ${input.pageTarget} page(s).`,
    `Must-have keywords: ${kw('must')}`,
    `Nice-to-have keywords: ${kw('nice')}`,
    '',
    fencePosting([input.job.title && `Title: ${input.job.title}`, input.job.company && `Company: ${input.job.company}`, input.job.description].filter(Boolean).join('\n')),
    '',
    'Segments:',
    formatSegments(input.segments),
    '',
    'Reorderable lists:',
    lists,
    '',
    'Sections (in order; reorder with "sectionOrder"):',
    input.sections?.length ? input.sections.map((x) => `${x.id}: ${x.title}`).join('\n') : '(cannot be reordered)',
  ].join('\n');
  return [{ role: 'system', content: SYSTEM }, { role: 'user', content: user }];
}
