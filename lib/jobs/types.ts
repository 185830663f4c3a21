/** Which job board a page belongs to; `generic` covers any other careers page. */
export type BoardId =
  | 'linkedin'
  | 'indeed'
  | 'glassdoor'
  | 'greenhouse'
  | 'lever'
  | 'workday'
  | 'ashby'
  | 'smartrecruiters'
  | 'wellfound'
  | 'seek'
  | 'generic';

/** Which extraction method produced the posting. */
export type ExtractionSource = 'jsonld' | `adapter:${BoardId}` | 'readability' | 'selection' | 'paste' | 'none';

/**
 * A job posting as read from a page. Fields that are not on the page are `null`, never
 * filled with the page's boilerplate.
 */
export interface ExtractedJob {
  url: string;
  board: BoardId;
  source: ExtractionSource;
  title: string | null;
  company: string | null;
  location: string | null;
  /** Clean text: paragraphs separated by blank lines, bullets as lines starting with "• ". */
  description: string | null;
  /** Sanitised HTML of the description when the page had one (display only, never injected raw). */
  descriptionHtml?: string | null;
  salary?: string | null;
  employmentType?: string | null;
  datePosted?: string | null;
  /** The raw JobPosting JSON-LD object when the page had one. */
  jsonLd?: unknown;
  /**
   * Set when the page has no usable description text, e.g. the ad body is an image and the
   * only text is a placeholder. The UI asks the user to paste the description.
   */
  descriptionProblem?: 'placeholder' | 'image-only' | 'missing' | null;
  /**
   * Set when the page is an application form rather than the posting: its field labels are
   * never a description. `postingUrl` is the posting's own page when the address shows it.
   */
  applicationForm?: { postingUrl: string | null } | null;
  /** Human-readable notes about what was not found or looked odd. */
  warnings: string[];
}
