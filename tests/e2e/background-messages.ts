import type { Page } from '@playwright/test';

/**
 * Sends one protocol message from an extension page, exactly as the UI does
 * (@webext-core/messaging's envelope), and returns `{ res }` or `{ err }`.
 */
export function sendFromPage<T = unknown>(page: Page, type: string, data?: unknown): Promise<{ res?: T; err?: { message: string } }> {
  return page.evaluate(
    ([type, data]) => (globalThis as any).chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }),
    [type, data] as const,
  );
}
