import { describe, expect, it } from 'vitest';
import { metafontSource, parseTlpdb, runtimeFile, tlpdbRelease, withDependencies } from './tlpdb';

const SAMPLE = `name 00texlive.config
category TLCore
depend release/2024

name collection-cv
category Collection
depend curve
depend europecv

name curve
category Package
revision 20745
relocated 1
containersize 6868
containerchecksum ABC123
catalogue-license lppl
execute addMap curve.map
docfiles size=1
 RELOC/doc/latex/curve/README details="Readme"
runfiles size=2
 RELOC/tex/latex/curve/curve.cls
 RELOC/fonts/map/dvips/curve/curve.map

name europecv
category Package
revision 1
depend curve
runfiles size=1
 texmf-dist/tex/latex/europecv/europecv.cls

name curve.x86_64-linux
category Package
binfiles arch=x86_64-linux size=1
 bin/x86_64-linux/curve
`;

describe('tlpdb', () => {
  const db = parseTlpdb(SAMPLE);

  it('reads packages with their runtime files (RELOC stripped), checksums and executes', () => {
    expect(db.get('curve')).toEqual({
      name: 'curve', category: 'Package', revision: 20745, depends: [],
      runfiles: ['tex/latex/curve/curve.cls', 'fonts/map/dvips/curve/curve.map'],
      execute: ['addMap curve.map'], containerChecksum: 'ABC123', containerSize: 6868, license: 'lppl',
    });
    expect(db.get('curve')!.runfiles).not.toContain('doc/latex/curve/README');
    expect(db.get('europecv')!.runfiles).toEqual(['tex/latex/europecv/europecv.cls']);
    expect(tlpdbRelease(db)).toBe(2024);
  });

  it('expands collections and dependencies, leaving binaries out', () => {
    expect([...withDependencies(db, ['collection-cv'])].sort()).toEqual(['collection-cv', 'curve', 'europecv']);
    expect([...withDependencies(db, ['curve.x86_64-linux'])]).toEqual([]);
  });

  it('keeps what pdfLaTeX, BibTeX and METAFONT read at run time, nothing else', () => {
    expect(runtimeFile('tex/latex/curve/curve.cls')).toBe(true);
    expect(runtimeFile('fonts/type1/public/lm/lmr10.pfb')).toBe(true);
    expect(runtimeFile('bibtex/bst/base/plain.bst')).toBe(true);
    expect(runtimeFile('doc/latex/curve/curve.pdf')).toBe(false);
    expect(runtimeFile('source/latex/curve/curve.dtx')).toBe(false);
    // METAFONT's inputs (which of them ship is select-files.ts's choice).
    expect(runtimeFile('fonts/source/public/ifsym/ifsym10.mf')).toBe(true);
    expect(runtimeFile('fonts/source/public/ifsym/ifclk.gen')).toBe(true);
    expect(runtimeFile('metafont/base/plain.mf')).toBe(true);
    expect(runtimeFile('fonts/source/public/cm-super/cm-super.sfd')).toBe(false);
    expect(metafontSource('tex/latex/foo/foo.mf')).toBe(false);
    expect(runtimeFile('scripts/foo/foo.lua')).toBe(false);
  });

  it('keeps every data file a package reads by name under tex/, whatever its extension', () => {
    expect(runtimeFile('tex/latex/tagpdf/tagpdf-parent-child.csv')).toBe(true);
    expect(runtimeFile('tex/latex/tagpdf/latex-list-css.html')).toBe(true);
    expect(runtimeFile('tex/latex/translations/translations-basic-dictionary-english.trsl')).toBe(true);
    expect(runtimeFile('tex/latex/minitoc/english.mld')).toBe(true);
    expect(runtimeFile('tex/latex/zref-clever/zref-clever-english.lang')).toBe(true);
    // … but not what neither pdfTeX nor XeTeX can read here: LuaTeX's code and folders, EPS, tex4ht's, text.
    expect(runtimeFile('tex/latex/tagpdf/tagpdf-mc-luacode.lua')).toBe(false);
    expect(runtimeFile('tex/lualatex/wallcalendar/wallcalendar.cls')).toBe(false);
    expect(runtimeFile('tex/latex/europecv/europasslogo.eps')).toBe(false);
    expect(runtimeFile('tex/generic/tex4ht/html4.4ht')).toBe(false);
    expect(runtimeFile('tex/generic/unicode-data/UnicodeData.txt')).toBe(false);
    expect(runtimeFile('tex/latex/foo/README')).toBe(false);
    // Media a PDF embeds (no viewer plays Flash since 2020: media9's players are not shipped or fetched).
    expect(runtimeFile('tex/latex/media9/players/VPlayer.swf')).toBe(false);
    // Under fonts/, still only what the engines open (AFM metrics stay out).
    expect(runtimeFile('fonts/afm/public/lm/lmr10.afm')).toBe(false);
  });
});
