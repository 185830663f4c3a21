import { describe, expect, it } from 'vitest';
import { fontsConf, substitutedNames, substitutionNotes, xetexEngineAssets, FONT_SUBSTITUTES } from './xetex';
import type { EngineAssets, XetexAssets } from './run-pass';

describe('fontsConf', () => {
  it('names the bundle folders, the project folder, the cache, and each substitute as a scan-time family', () => {
    const conf = fontsConf();
    expect(conf).toContain('<dir>/texlive/texmf-dist/fonts/opentype</dir>');
    expect(conf).toContain('<dir>/work</dir>');
    expect(conf).toContain('<cachedir>/texlive/fontconfig/cache</cachedir>');
    expect(conf).toMatch(/<test name="family"><string>TeX Gyre Termes<\/string><\/test>\s*<edit name="family" mode="append"><string>Times New Roman<\/string>/);
    expect(conf.match(/<match target="scan">/g)).toHaveLength(Object.keys(FONT_SUBSTITUTES).length);
  });

  it('adds fetched packages\' font folders (not in the build\'s cache) and escapes XML', () => {
    const shared = { format: null, texmf: { list: () => [], read: () => new Uint8Array() } } as unknown as EngineAssets;
    const xe = { xetex: {}, xdvipdfmx: {}, format: new Uint8Array(1), icuData: new Uint8Array(2), fontCache: new Map([['a.cache-9', new Uint8Array(3)]]) } as unknown as XetexAssets;
    const assets = xetexEngineAssets(shared, xe, { files: { 'fonts/opentype/public/a&b/x.otf': new Uint8Array(), 'tex/latex/a/a.sty': new Uint8Array() }, maps: [] });
    const conf = new TextDecoder().decode(assets.supportFiles!.get('/texlive/fontconfig/fonts.conf'));
    expect(conf).toContain('<dir>/texlive/texmf-dist/fonts/opentype/public/a&amp;b</dir>');
    expect(conf).not.toContain('tex/latex/a');
    expect(assets.supportFiles!.get('/texlive/fontconfig/cache/a.cache-9')).toHaveLength(3);
    expect(assets.supportFiles!.get('/texlive/icu/icudt76l.dat')).toHaveLength(2);
    expect(assets).toMatchObject({ programPath: '/bin/xelatex', formatName: 'xelatex.fmt' });
    expect(assets.env).toMatchObject({ FONTCONFIG_FILE: '/texlive/fontconfig/fonts.conf', ICU_DATA: '/texlive/icu' });
  });
});

describe('substitutedNames → substitutionNotes', () => {
  const files = (text: string) => new Map([['cv.cls', new TextEncoder().encode(text)], ['photo.png', new Uint8Array([0x25])]]);
  it('names a substitute for a proprietary font the project asks for, once', () => {
    const cls = '\\setmainfont{Times New Roman}[Ligatures=TeX]\n\\newfontfamily\\x{ Times  New Roman }\n\\setsansfont{Roboto}';
    expect(substitutionNotes(substitutedNames(files(cls)))).toEqual(['Font: "Times New Roman" is not free to ship, so the metric-compatible "TeX Gyre Termes" was used in its place.']);
  });
  it('says a renamed free family was set in its earlier release, not that it is proprietary', () => {
    expect(substitutionNotes(substitutedNames(files('\\setsansfont{Source Sans 3}')))).toEqual(['Font: "Source Sans 3" is not in Bespoke; its earlier release under the name "Source Sans Pro" was used in its place.']);
  });
  it('says nothing for free fonts or a commented-out request', () => {
    expect(substitutionNotes(substitutedNames(files('\\setmainfont{Lato}\n% \\setmainfont{Calibri}')))).toEqual([]);
  });
});
