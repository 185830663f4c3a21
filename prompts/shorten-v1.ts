import type { ChatMessage } from '@/lib/llm/types';

export const SHORTEN_PROMPT_VERSION = 'shorten-v1';

/** Asks for shorter versions of the given segments so the resume fits its page target. */
export function buildShortenMessages(input: { segments: { id: string; text: string }[]; pages: number; pageTarget: number }): ChatMessage[] {
  const system = `You shorten segments of a LaTeX resume so it fits on ${input.pageTarget} page(s) (it is ${input.pages} now).
Cut words, never facts you keep: do not add anything new. Keep LaTeX macros and escapes; never add \\item, \\\\ or new commands.
Return JSON {"edits":[{"segmentId","newText","reason","keywordsAdded":[]}],"reorders":[]} with a shorter newText for as many segments as needed.`;
  const user = input.segments.map((s) => JSON.stringify({ id: s.id, text: s.text })).join('\n');
  return [{ role: 'system', content: system }, { role: 'user', content: user }];
}
