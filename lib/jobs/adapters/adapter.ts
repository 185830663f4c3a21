/** The contract every job-board adapter implements (one file per board in this folder). */
import type { BoardId } from '../types.ts';
import type { FieldSet } from '../fields.ts';

export interface JobAdapter {
  id: BoardId;
  /**
   * Chrome match patterns for the content script on this board. Empty for boards we only read
   * on demand (generic careers pages, embedded Greenhouse), which need no host permission.
   */
  matchPatterns: readonly string[];
  /** True when the URL is a page of this board the adapter knows how to read. */
  matches(url: URL): boolean;
  /**
   * Recognises the board from the page itself, for saved pages whose URL is unknown and for
   * boards embedded in company sites. Must be cheap (a few selectors).
   */
  sniff?(doc: Document): boolean;
  /** Identifies the job shown by a URL, so single-page apps can notice a change of job. */
  jobKey?(url: URL): string | null;
  /** Reads what this board shows; fields it cannot find are null. May throw: callers isolate it. */
  extract(doc: Document, url: URL | null): FieldSet;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
