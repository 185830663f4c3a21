/**
 * Job capture: the public surface of lib/jobs. The content script calls `extractJob(document,
 * location.href)`; the manifest takes `JOB_BOARD_MATCH_PATTERNS`; single-page apps compare
 * `jobKeyFromUrl(location.href)` to notice a change of job.
 */
export { extractJob, type ExtractOptions } from './extract-job.ts';
export { detectBoard, jobKeyFromUrl, JOB_BOARD_MATCH_PATTERNS } from './boards.ts';
export { inferPageUrl } from './page-url.ts';
export type { BoardId, ExtractedJob, ExtractionSource } from './types.ts';
export { postingFacts, type PostingFacts, type Workplace, type Seniority } from './posting-facts.ts';
