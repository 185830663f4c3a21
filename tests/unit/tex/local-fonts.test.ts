import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import type { LocalFont } from '@/lib/tex/types';
import { pdfText } from './corpus-text';
import { embeddedFonts } from '../../fixtures/pdf-fonts';

// Fonts installed on the user's computer, lent to a XeLaTeX compile (Chrome's Local Font Access
// hands the page each face's names and bytes). Here the "installed fonts" are the host's DejaVu
// files: Debian's fonts-dejavu-core, which fontconfig (and so Chromium) depends on. Bespoke's
// bundle has no DejaVu for XeLaTeX, so without the lent files the names get stand-ins.
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const haveDejaVu = existsSync(`${DEJAVU}/DejaVuSerif.ttf`) && existsSync(`${DEJAVU}/DejaVuSans.ttf`);

const engine = createNodeTexEngine();
afterAll(() => engine.close());

function face(file: string, family: string, style: string, postscriptName: string): LocalFont {
  return { family, style, postscriptName, fullName: `${family} ${style}`.replace(/ Regular$/, ''), bytes: new Uint8Array(readFileSync(`${DEJAVU}/${file}`)) };
}

const main = [
  '\\documentclass{article}',
  '\\usepackage{fontspec}',
  '\\setmainfont{DejaVu Serif}',
  '\\newfontfamily\\headingfont{Calibri}',
  '\\begin{document}',
  '{\\headingfont Experience} Led the \\textbf{migration} to Kubernetes.',
  '\\end{document}',
].join('\n');

describe('XeLaTeX with fonts installed on the user\'s computer', () => {
  // Reason for the skip: the lent faces are read from the host's DejaVu files; a machine without
  // fonts-dejavu-core (no fontconfig, no Chromium) has none to lend.
  it.skipIf(!haveDejaVu)('uses the lent faces instead of stand-ins and substitutes, and says so', async () => {
    const request = { mainFile: 'resume.tex', files: { 'resume.tex': main }, engine: 'xelatex' as const };
    const alone = await engine.compile(request);
    expect(alone.ok).toBe(true);
    // Without them: a Latin Modern stand-in for DejaVu Serif, Carlito for Calibri, both asked back.
    expect(alone.fontsStoodIn?.sort()).toEqual(['Calibri', 'DejaVu Serif']);
    expect(alone.warnings).toContainEqual(expect.stringMatching(/^Font: "DejaVu Serif" is not installed in Bespoke; Latin Modern/));
    expect(alone.warnings).toContainEqual(expect.stringMatching(/^Font: "Calibri" is not free to ship, so the metric-compatible "Carlito"/));
    expect(await embeddedFonts(alone.pdf!)).not.toContain('DejaVuSerif');

    // The platform may name a face otherwise than its file does (here DejaVu Sans is what the
    // computer calls "Calibri"): the platform's family name is the one the project asked for.
    const localFonts = [
      face('DejaVuSerif.ttf', 'DejaVu Serif', 'Regular', 'DejaVuSerif'),
      face('DejaVuSerif-Bold.ttf', 'DejaVu Serif', 'Bold', 'DejaVuSerif-Bold'),
      face('DejaVuSans.ttf', 'Calibri', 'Regular', 'Calibri'),
    ];
    const lent = await engine.compile({ ...request, localFonts });
    expect(lent.errors).toEqual([]);
    expect(lent.ok).toBe(true);
    expect(lent.fontsStoodIn).toBeUndefined();
    expect(lent.warnings.filter((w) => w.startsWith('Font:'))).toEqual([]);
    expect(lent.warnings).toContainEqual('Installed font: "DejaVu Serif", "Calibri" from this computer were used for this compile only (3 faces; not stored).');
    const fonts = await embeddedFonts(lent.pdf!);
    expect(fonts).toEqual(expect.arrayContaining(['DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSans']));
    expect(fonts.some((f) => /Carlito|LMRoman/.test(f))).toBe(false);
    expect(pdfText(lent.pdf!)).toContain('Experience Led the migration to Kubernetes.');
    // Lent fonts live in the engine's own folder: nothing of them comes back as a project file.
    expect(Object.keys(lent.auxFiles ?? {}).filter((p) => /\.(ttf|otf)$/.test(p))).toEqual([]);
  }, 180_000);

  it('refuses more installed fonts than one compile takes, with the reason', async () => {
    const tooMany = Array.from({ length: 49 }, (_, i): LocalFont => ({ family: 'X', fullName: `X ${i}`, postscriptName: `X-${i}`, style: 'Regular', bytes: new Uint8Array(4) }));
    const r = await engine.compile({ mainFile: 'resume.tex', files: { 'resume.tex': main }, engine: 'xelatex', localFonts: tooMany });
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toBe('49 installed font faces were chosen; at most 48 can be used in one compile.');
  });
});
