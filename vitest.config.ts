import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests run in Node with WXT's fake browser and fake-indexeddb; e2e lives in tests/e2e (Playwright).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests run the shipped WASM pdfTeX, never a system pdflatex the machine may happen to have.
    env: { BESPOKE_TEX_ENGINE: 'wasm' },
  },
});
