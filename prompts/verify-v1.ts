import { z } from 'zod';
import type { ChatMessage } from '@/lib/llm/types';

/**
 * A second opinion on rewrites the deterministic guard let through (or flagged): for each,
 * the claims its evidence does not support. Short on purpose — the cheapest model answers it.
 */
export const VERIFY_PROMPT_VERSION = 'verify-v1';

export const CLAIM_KIND_VALUES = ['number', 'duration', 'ownership', 'seniority', 'scope', 'tool', 'name', 'credential', 'link'] as const;

export const VerifyAnswerSchema = z.object({
  edits: z.array(z.object({
    id: z.string().min(1).max(80),
    unsupported: z.array(z.object({
      claim: z.string().min(1).max(200),
      kind: z.enum(CLAIM_KIND_VALUES).catch('scope'),
      why: z.string().max(400).default(''),
    })).max(20).default([]),
  })).max(200).default([]),
});
export type VerifyAnswer = z.infer<typeof VerifyAnswerSchema>;

export interface VerifyItem {
  id: string;
  rewrite: string;
  evidence: string[];
}

const SYSTEM = `You check resume rewrites for claims their evidence does not support.
For each rewrite you get the evidence: lines the person wrote in their own resume. A claim is unsupported when the evidence does not state or directly imply it: a new number, duration, employer or other name, tool, practice, title or seniority, credential or award, link; more ownership than the evidence gives ("worked on" → "led", "contributed" → "owned"); or a wider scope or result ("company-wide", "millions of users", "significantly", "first").
Rewording, reordering, synonyms, spelling out an acronym the evidence uses, and facts from the evidence are supported. Do not flag style.
Return JSON: {"edits":[{"id","unsupported":[{"claim","kind","why"}]}]}, one entry per rewrite, "unsupported" empty when all is supported. kind is one of ${CLAIM_KIND_VALUES.join(', ')}.`;

/** The messages of one verify call (prompt version {@link VERIFY_PROMPT_VERSION}). */
export function buildVerifyMessages(items: readonly VerifyItem[]): ChatMessage[] {
  const body = items.map((it) => [`### ${it.id}`, 'Evidence:', ...it.evidence.map((e) => `- ${e.replace(/\s+/g, ' ')}`), `Rewrite: ${it.rewrite.replace(/\s+/g, ' ')}`].join('\n')).join('\n\n');
  return [{ role: 'system', content: SYSTEM }, { role: 'user', content: body }];
}
