import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { extractPdfTextNode } from '@/lib/tailor/node/pdf-text-node';

// bold-extra's bold small caps (cmbcsc10) and bold typewriter (cmttb10) exist in TeX Live only as
// METAFONT fonts; native pdfLaTeX draws them as bitmaps whose text an ATS cannot read. The bundle
// draws them with Type 1 outlines (scripts/tex/font-map.ts METAFONT_STAND_INS): the compile must
// succeed offline and the words must extract as written.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

it('compiles bold small caps and bold typewriter offline, with text an ATS reads', async () => {
  const name = 'font-bold-extra.tex';
  const source = readFileSync(join(import.meta.dirname, '../../fixtures/tex/coverage', name));
  const r = await engine.compile({ mainFile: name, files: { [name]: source } });
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  const { text } = await extractPdfTextNode(r.pdf!);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Jane Doe, Software Engineer at Müller Straße');
  expect(flat).toContain('Experience and Education');
  expect(flat).toContain('make test');
}, 60_000);
