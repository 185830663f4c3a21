/** Which board a URL (or a saved page) belongs to, and which job it shows. */
import { safeUrl } from './dom.ts';
import { BOARD_ADAPTERS, genericAdapter, type JobAdapter } from './adapters/index.ts';
import type { BoardId } from './types.ts';

/**
 * Chrome match patterns for the content script: every board Bespoke reads automatically.
 * Other sites are read on demand through `activeTab`, so they need no pattern here.
 */
export const JOB_BOARD_MATCH_PATTERNS: string[] = [...new Set(BOARD_ADAPTERS.flatMap((a) => a.matchPatterns))];

/** The adapter whose URL predicate accepts `url`, if any. */
export function adapterForUrl(url: URL | null): JobAdapter | null {
  if (!url) return null;
  return BOARD_ADAPTERS.find((a) => a.matches(url)) ?? null;
}

/** The board a URL belongs to; `generic` for any other site (or an unparsable URL). */
export function detectBoard(url: string): BoardId {
  return adapterForUrl(safeUrl(url))?.id ?? 'generic';
}

/** The adapters to run on a page: by URL, else by sniffing the page itself, else generic. */
export function adaptersForPage(doc: Document, url: URL | null, warnings: string[] = []): JobAdapter[] {
  const byUrl = adapterForUrl(url);
  if (byUrl) return [byUrl];
  const sniffed = BOARD_ADAPTERS.filter((a) => {
    try {
      return a.sniff?.(doc) ?? false;
    } catch (err) {
      // A broken sniffer must not stop capture; the page is simply not recognised by it.
      warnings.push(`The ${a.id} page check failed: ${(err as Error).message}`);
      return false;
    }
  });
  return sniffed.length ? sniffed : [genericAdapter];
}

/**
 * A stable key for the job a URL shows (e.g. `linkedin:4374244548` from `currentJobId` or
 * `/jobs/view/<id>`), so the content script can re-extract when a single-page app switches
 * jobs. Other URLs key on origin + path (query and hash dropped: they are mostly tracking).
 */
export function jobKeyFromUrl(url: string): string {
  const u = safeUrl(url);
  if (!u) return url;
  const adapter = adapterForUrl(u);
  const key = adapter?.jobKey?.(u) ?? null;
  if (key) return key;
  const ghJid = u.searchParams.get('gh_jid');
  if (ghJid) return `greenhouse:${ghJid}`;
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
