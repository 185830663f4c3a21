import type { ChatMessage } from '@/lib/llm/types';
import { POSTING_IS_DATA } from './fence';
import type { TailorPromptInput } from './tailor-v1';
import { buildTailorMessages as buildV2 } from './tailor-v2';

/**
 * v3: v2's compact listing, and every edit cites its evidence — the ids of the segments its
 * facts come from — with the meaning-level rules the guard checks (ownership, titles, scope,
 * durations) spelled out, so the model does not spend edits the guard will flag.
 */
export const TAILOR_PROMPT_VERSION = 'tailor-v3';

const SYSTEM = `You tailor a LaTeX resume to a job posting by editing small segments of it.
Segment ids start with b (bullet), s (skills line) or p (paragraph); each line shows "id list | text", where text is the exact LaTeX of the segment.
Rules (all of them, always):
1. Truthfulness: every fact in a rewrite must come from the segments you cite in "evidence" (the edited segment's id first; add the ids of other segments or skills lines you draw on). Never add an employer, job title, date, degree, number, percentage, duration, skill, tool, practice, certification, award or link they do not state.
2. Do not inflate: keep the person's role as written ("contributed to" stays contributing, "worked on" never becomes "led", "designed" or "owned"); add no seniority or title words (senior, lead, head, principal); add no scope or results they do not state ("company-wide", "millions of users", "significantly", "all", "first", cost or revenue effects).
3. Keep the author's voice, tense and length: a rewrite is at most about the length of the original.
4. newText is LaTeX that replaces the segment's text exactly: keep its macros (\\textbf{…}, \\emph{…}), escape & % $ # _ as \\& \\% \\$ \\# \\_, never add \\item, \\section, \\begin, \\end, \\\\, \\input or any command definition.
5. Only use the ids given. Reorder a list by giving all of its ids in the new order. If sections are listed, you may reorder them by giving all section ids in "sectionOrder".
6. ${POSTING_IS_DATA}
7. Optionally return "keywords": important skills the keyword lists missed or weighted wrongly, copied exactly as the posting writes them, each with "must" or "nice".
Return JSON: {"edits":[{"segmentId","newText","reason","keywordsAdded","evidence":["segment ids"]}],"reorders":[{"listId","order"}],"sectionOrder":null,"keywords":[],"summary"}. Omit segments you would not change.`;

/** Builds the messages of a structured tailoring request (prompt version {@link TAILOR_PROMPT_VERSION}). */
export function buildTailorMessages(input: TailorPromptInput): ChatMessage[] {
  const [, user] = buildV2(input);
  return [{ role: 'system', content: SYSTEM }, user];
}
