/** What one extraction method (JSON-LD, an adapter, Readability, the selection) found on a page. */
import type { ExtractedJob } from './types.ts';

export interface FieldSet {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  /** The method read that the job is done remotely (JSON-LD `jobLocationType: TELECOMMUTE`). */
  remote?: boolean;
  /** Clean text (see ExtractedJob.description). */
  description?: string | null;
  /** Element holding the description on the page; converted and sanitised by the pipeline. */
  descriptionElement?: Element | null;
  /** Several elements that together form the description (boards that split it into sections). */
  descriptionParts?: Element[] | null;
  /** Untrusted description HTML from structured data; sanitised by the pipeline. */
  descriptionHtmlRaw?: string | null;
  salary?: string | null;
  employmentType?: string | null;
  datePosted?: string | null;
  /** Set when the method saw that the page has no real description (e.g. an image-only ad). */
  descriptionProblem?: ExtractedJob['descriptionProblem'];
  warnings?: string[];
  /** The structured data object the fields came from (JSON-LD only). */
  raw?: unknown;
}
