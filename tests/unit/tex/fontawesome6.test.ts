import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { pdfText } from './corpus-text';

// fontawesome6.sty (Bespoke's compatibility package in the bundle) maps Font Awesome 6 names
// to version-5 glyphs and names the icons it cannot draw.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

const doc = (pkg: string, body: string): string =>
  `\\documentclass{article}\\usepackage{${pkg}}\\begin{document}${body}\\end{document}`;

async function iconText(pkg: string, body: string): Promise<{ text: string; warnings: string[] }> {
  const r = await engine.compile({ mainFile: 'i.tex', files: { 'i.tex': doc(pkg, body) } });
  expect(r.errors).toEqual([]);
  return { text: pdfText(r.pdf!).trim(), warnings: r.warnings };
}

describe('fontawesome6 compatibility package', () => {
  it('draws renamed icons with their Font Awesome 5 glyph', async () => {
    const v6 = await iconText('fontawesome6', '\\faHouse\\ \\faLocationDot\\ \\faIcon{magnifying-glass}\\ \\faGithub');
    const v5 = await iconText('fontawesome5', '\\faHome\\ \\faMapMarker*\\ \\faIcon{search}\\ \\faGithub');
    expect(v6.text).toBe(v5.text);
    expect(v6.text.length).toBeGreaterThan(0);
  });

  it('names the icons that have no Font Awesome 5 equivalent in the log', async () => {
    const { warnings } = await iconText('fontawesome6', 'X: \\faXTwitter\\ \\faIcon{google-scholar}');
    expect(warnings.join('\n')).toContain("Icon `x-twitter' of Font Awesome 6 has no Font Awesome 5 equivalent");
    expect(warnings.join('\n')).toContain("Icon `google-scholar' of Font Awesome 6 has no Font Awesome 5 equivalent");
  });
});
