import { z } from 'zod';
import type { ExtractedJob } from '@/lib/jobs/types';

const BOARDS = ['linkedin', 'indeed', 'glassdoor', 'greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters', 'wellfound', 'seek', 'generic'] as const;

const text = (max: number) => z.string().max(max).nullable();

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
  jsonLd: z.unknown().optional(),
  descriptionProblem: z.enum(['placeholder', 'image-only', 'missing']).nullable().optional(),
  warnings: z.array(z.string().max(1000)).max(50),
});

/** Checks an untrusted posting; throws a readable error naming the first bad field. */
export function parseExtractedJob(value: unknown): ExtractedJob {
  const result = extractedJobSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`The captured posting was malformed (${issue?.path.join('.') || 'root'}: ${issue?.message}).`);
  }
  return result.data as ExtractedJob;
}
