import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { CORPUS_SUITES, HAS_CORPUS } from './tests/fixtures/corpus-root';

// Unit tests run in Node with WXT's fake browser and fake-indexeddb; e2e lives in tests/e2e (Playwright).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Suites that need the external corpus are left out when it is absent (said once, by globalSetup).
    exclude: [...configDefaults.exclude, ...(HAS_CORPUS ? [] : CORPUS_SUITES)],
    globalSetup: ['tests/setup/corpus-notice.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's modules (about a quarter less time than a fresh module graph
    // per file on two cores); a test that needs a state of its own sets it up itself.
    isolate: false,
    // Tests run the shipped WASM pdfTeX, never a system pdflatex the machine may happen to have.
    // The CLI's disk memo goes to a temporary folder, never the user's ~/.cache.
    env: { BESPOKE_TEX_ENGINE: 'wasm', XDG_CACHE_HOME: join(tmpdir(), `bespoke-test-cache-${process.pid}`) },
  },
});
