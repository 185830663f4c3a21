import { z } from 'zod';
import type { ExtractedJob } from '@/lib/jobs/types';

const BOARDS = ['linkedin', 'indeed', 'glassdoor', 'greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters', 'wellfound', 'seek', 'generic'] as const;

const text = (max: number) => z.string().max(max).nullable();
/** JSON-LD is kept for reference only: a page could otherwise make it any size (it was 20 MB per click). */
export const MAX_JSON_LD_CHARS = 100_000;
const boundedJson = z.unknown().refine((v) => v === undefined || (JSON.stringify(v) ?? '').length <= MAX_JSON_LD_CHARS, `The page's structured data is larger than ${MAX_JSON_LD_CHARS / 1000} kB.`);

/**
 * A posting as it crosses from a web page into the extension. Content scripts live in pages
 * we do not control, so what they send is checked like any untrusted input: known boards,
 * strings of sane length, nothing else.
 */
export const extractedJobSchema = z.object({
  url: z.string().url().max(4096),
  board: z.enum(BOARDS),
  source: z.string().regex(/^(jsonld|readability|selection|paste|none|adapter:[a-z]+)$/),
  title: text(500),
  company: text(500),
  location: text(1000),
  description: text(100_000),
  descriptionHtml: text(400_000).optional(),
  salary: text(500).optional(),
  employmentType: text(200).optional(),
  datePosted: text(100).optional(),
  jsonLd: boundedJson.optional(),
  descriptionProblem: z.enum(['placeholder', 'image-only', 'missing']).nullable().optional(),
  applicationForm: z.object({ postingUrl: z.string().url().max(4096).nullable() }).nullable().optional(),
  warnings: z.array(z.string().max(1000)).max(50),
});

const jsonSize = (v: unknown) => { try { return (JSON.stringify(v) ?? '').length; } catch { return Infinity; } };

/** Oversized JSON-LD is dropped (the fields already read from it stay), not a reason to lose the capture. */
function withoutOversizedJsonLd(value: unknown): unknown {
  if (!value || typeof value !== 'object' || !('jsonLd' in value) || jsonSize(value.jsonLd) <= MAX_JSON_LD_CHARS) return value;
  const given = (value as { warnings?: unknown }).warnings;
  const warnings = Array.isArray(given) ? given : [];
  return { ...value, jsonLd: undefined, warnings: [...warnings, 'The page\'s structured data was too large to keep; the posting fields read from it are kept.'] };
}

/** Checks an untrusted posting; throws a readable error naming the first bad field. */
export function parseExtractedJob(value: unknown): ExtractedJob {
  const result = extractedJobSchema.safeParse(withoutOversizedJsonLd(value));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`The captured posting was malformed (${issue?.path.join('.') || 'root'}: ${issue?.message}).`);
  }
  return result.data as ExtractedJob;
}
