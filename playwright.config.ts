import { defineConfig } from '@playwright/test';
import { CORPUS_SUITES, HAS_CORPUS } from './tests/fixtures/corpus-root';

/**
 * End-to-end tests load the *built* extension (`.output/chrome-mv3`, made by `wxt build`)
 * into Debian's Chromium. Extensions need a persistent context, created per test file by the
 * fixture in tests/e2e/fixtures.ts; one worker, because the machine has two cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Suites that need the external corpus are left out when it is absent (said once, by globalSetup).
  testIgnore: HAS_CORPUS ? [] : CORPUS_SUITES,
  globalSetup: './tests/setup/corpus-notice.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
