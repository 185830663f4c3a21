// Global setup shared by vitest and Playwright: runs once per test run, so the notice that the
// corpus suites were left out is printed once, not per worker or per file.
import { HAS_CORPUS, LEFT_OUT_NOTICE } from '../fixtures/corpus-root';

export default function corpusNotice(): void {
  if (!HAS_CORPUS) console.warn(`\n${LEFT_OUT_NOTICE}\n`);
}
