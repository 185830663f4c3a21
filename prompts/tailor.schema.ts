import { z } from 'zod';

const EvidenceIds = z.array(z.string().min(1).max(80)).max(20);
const EditSchema = z.object({
  segmentId: z.string().min(1).max(80),
  newText: z.string().max(4000),
  reason: z.string().max(600).default(''),
  keywordsAdded: z.array(z.string().max(80)).max(30).default([]),
  /** Segment ids of the master lines the rewrite's facts come from (the edited one when absent). */
  evidence: EvidenceIds.optional(),
});

/**
 * A structured tailoring plan as stored in runs and produced by the offline planner and the
 * shortening round (evidence optional: the edited segment). Validated before anything uses it.
 */
export const TailorPlanSchema = z.object({
  edits: z.array(EditSchema).max(200).default([]),
  reorders: z.array(z.object({
    listId: z.string().min(1).max(40),
    order: z.array(z.string().max(80)).max(100),
  })).max(100).default([]),
  /** Optional refinement of the keyword list: terms as written in the posting, with their weight. */
  keywords: z.array(z.object({ term: z.string().min(1).max(60), importance: z.enum(['must', 'nice']) })).max(40).optional(),
  /** All section ids in a new order, or null to keep the order. */
  sectionOrder: z.array(z.string().max(10)).max(40).nullable().optional(),
  summary: z.string().max(2000).nullable().optional(),
});
export type TailorPlan = z.infer<typeof TailorPlanSchema>;

/**
 * What the model must return for a tailoring plan: every edit names its evidence, the ids of
 * the master lines its facts come from (at least the edited one). Exported as
 * `prompts/tailor.schema.json` (see `scripts/eval/export-schema.ts`).
 */
export const TailorAnswerSchema = TailorPlanSchema.extend({
  edits: z.array(EditSchema.extend({ evidence: EvidenceIds.min(1) })).max(200).default([]),
});

/** Whole-document mode: the full LaTeX file back. */
export const WholeDocumentSchema = z.object({
  document: z.string().min(1).max(400_000),
  summary: z.string().max(2000).nullable().optional(),
});
export type WholeDocumentAnswer = z.infer<typeof WholeDocumentSchema>;

/** Cover letter body: plain text paragraphs (escaped by us, never raw LaTeX). */
export const CoverLetterSchema = z.object({
  greeting: z.string().max(200).default('Dear Hiring Manager,'),
  paragraphs: z.array(z.string().max(2500)).min(1).max(8),
  closing: z.string().max(200).default('Sincerely,'),
});
export type CoverLetterAnswer = z.infer<typeof CoverLetterSchema>;
