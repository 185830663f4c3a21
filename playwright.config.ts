import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the *built* extension (`.output/chrome-mv3`, made by `wxt build`)
 * into Debian's Chromium. Extensions need a persistent context, created per test file by the
 * fixture in tests/e2e/fixtures.ts; one worker, because the machine has two cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
