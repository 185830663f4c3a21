import { describe, expect, it } from 'vitest';
import { coveredNames, fontKey, localFontFiles, localFontsProblem, LOCAL_FONTS_DIR, pickLocalFonts, type LocalFontInfo } from './local-fonts';

const installed: LocalFontInfo[] = [
  { family: 'Calibri', fullName: 'Calibri', postscriptName: 'Calibri', style: 'Regular' },
  { family: 'Calibri', fullName: 'Calibri Bold', postscriptName: 'Calibri-Bold', style: 'Bold' },
  { family: 'Source Sans Pro', fullName: 'Source Sans Pro Light', postscriptName: 'SourceSansPro-Light', style: 'Light' },
  { family: 'Source Sans Pro', fullName: 'Source Sans Pro', postscriptName: 'SourceSansPro-Regular', style: 'Regular' },
  { family: 'Arial', fullName: 'Arial', postscriptName: 'ArialMT', style: 'Regular' },
];

describe('pickLocalFonts', () => {
  it('takes every face of a family asked for by family, full or PostScript name, in any spelling', () => {
    const { picked, found, notFound } = pickLocalFonts(installed, ['calibri', 'SourceSansPro-Light', 'Gotham']);
    expect(picked.map((f) => f.postscriptName)).toEqual(['Calibri', 'Calibri-Bold', 'SourceSansPro-Light', 'SourceSansPro-Regular']);
    expect(found).toEqual(['calibri', 'SourceSansPro-Light']);
    expect(notFound).toEqual(['Gotham']);
  });

  it('takes nothing the project did not ask for', () => {
    expect(pickLocalFonts(installed, ['Helvetica Neue']).picked).toEqual([]);
  });
});

describe('lent font files', () => {
  it('go to the engine\'s own folder under their PostScript names, with their type from the bytes', () => {
    const otf = new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0]);
    const ttf = new Uint8Array([0, 1, 0, 0, 0]);
    const { files, families } = localFontFiles([
      { family: 'Calibri', fullName: 'Calibri', postscriptName: 'Calibri', style: 'Regular', bytes: ttf },
      { family: 'Source Sans Pro', fullName: 'Source Sans Pro Light', postscriptName: 'SourceSans/../Pro', style: 'Light', bytes: otf },
    ]);
    expect([...files.keys()]).toEqual([`${LOCAL_FONTS_DIR}/0-Calibri.ttf`, `${LOCAL_FONTS_DIR}/1-SourceSans_.._Pro.otf`]);
    expect(families[1]).toEqual({ file: `${LOCAL_FONTS_DIR}/1-SourceSans_.._Pro.otf`, families: ['Source Sans Pro'] });
  });

  it('cover their families, full and PostScript names', () => {
    const covered = coveredNames(installed.slice(0, 2));
    expect(covered.has(fontKey('Calibri Bold'))).toBe(true);
    expect(covered.has(fontKey('Calibri-Bold'))).toBe(true);
    expect(covered.has(fontKey('Arial'))).toBe(false);
  });

  it('are refused past the size limit with the reason', () => {
    expect(localFontsProblem([{ bytes: new Uint8Array(1) }])).toBeNull();
    expect(localFontsProblem([{ bytes: { length: 97 * 1048576 } as Uint8Array }])).toMatch(/^The chosen installed fonts are 97 MB; at most 96 MB/);
  });
});
