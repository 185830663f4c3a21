import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser/launch';

/** One Chromium with the built extension per test file (a worker-scoped fixture). */
export const test = base.extend<{}, { extension: { context: BrowserContext; extensionId: string; worker: Worker } }>({
  extension: [
    async ({}, use) => {
      const browser = await launchWithExtension({ headless: process.env.HEADED !== '1' });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
