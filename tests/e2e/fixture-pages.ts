import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { FIXTURE_URLS } from '../fixtures/jobs/fixture-urls';

/**
 * Serves one of the repository's own saved job pages (tests/fixtures/jobs) at its board URL, so
 * the content script's real match patterns apply; every other web request is aborted.
 */
export async function serveFixturePage(context: BrowserContext, file: string): Promise<string> {
  const url = FIXTURE_URLS[file]!;
  const html = readFileSync(join(import.meta.dirname, '../fixtures/jobs', file));
  await context.route((u) => u.protocol === 'http:' || u.protocol === 'https:', (route) => {
    const request = route.request();
    if (request.url() === url && request.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.abort();
  });
  return url;
}
