import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';

// The coverage documents the bundle was recorded from (curated resume packages, fonts,
// babel languages, icons) must compile from the shipped bundle alone, without warnings of
// missing fonts. (Font shape substitutions, e.g. no bold typewriter in a family, are the
// packages' own behaviour, as natively.)
const DIR = join(import.meta.dirname, '../../fixtures/tex/coverage');
const engine = createNodeTexEngine();
afterAll(() => engine.close());

describe('curated packages compile from the shipped bundle', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.tex')).sort()) {
    it(name, async () => {
      const r = await engine.compile({ mainFile: name, files: { [name]: readFileSync(join(DIR, name)) } });
      expect(r.errors).toEqual([]);
      expect(r.missingFiles).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.warnings.filter((w) => /not loadable|not found/.test(w))).toEqual([]);
    }, 60_000);
  }
});
