import { describe, expect, it } from 'vitest';
import type { TexFileSource } from './bundle';
import { CYRILLIC_GREEK_STAND_INS, fontNameStandIns, fontStandIns, latinModernFor, wideStandInFor, writesCyrillicOrGreek } from './font-stand-ins';

const enc = new TextEncoder();
/** A bundle of three font files whose bytes name them, so a test sees which one was taken. */
const bundle: TexFileSource = {
  *list() {
    for (const p of ['fonts/opentype/public/tex-gyre/texgyretermes-regular.otf', 'fonts/opentype/public/lm/lmroman10-bold.otf',
      'fonts/opentype/public/lm/lmroman12-regular.otf', 'fonts/opentype/public/lm/lmsans12-regular.otf',
      'fonts/opentype/public/lm/lmsans10-regular.otf', 'fonts/opentype/public/fontawesome/FontAwesome.otf',
      'fonts/opentype/google/roboto/Roboto-Regular.otf', 'fonts/opentype/google/roboto/Roboto-Bold.otf',
      'fonts/truetype/ascender/droid/droidserif/DroidSerif-Regular.ttf']) yield [p, 1];
  },
  read: (path) => enc.encode(path),
};
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('fontStandIns', () => {
  it("puts TeX Live's copy of the same font at the path the project names, beside the main file", () => {
    const r = fontStandIns(['[fonts/Main/texgyretermes-regular.otf]/OT.tfm', '[fonts/fa/FontAwesome]/OT.tfm'], new Map(), 'cv', bundle);
    expect(text(r.files.get('cv/fonts/Main/texgyretermes-regular.otf'))).toContain('tex-gyre/texgyretermes-regular.otf');
    expect(text(r.files.get('cv/fonts/fa/FontAwesome.otf'))).toContain('fontawesome/FontAwesome.otf');
    expect(r.notes[0]).toMatch(/fonts\/Main\/texgyretermes-regular\.otf is not in the project; TeX Live's copy/);
  });

  it('stands Latin Modern in for a font TeX Live lacks, in its style, and says to add the real one', () => {
    const r = fontStandIns(['[fonts/Fontin-Bold.otf]/OT.tfm', '[OpenSans-Regular.ttf]/OT.tfm'], new Map(), '', bundle);
    expect(text(r.files.get('fonts/Fontin-Bold.otf'))).toContain('lmroman10-bold');
    expect(text(r.files.get('OpenSans-Regular.ttf'))).toContain('lmsans10-regular');
    expect(r.notes.join('\n')).toMatch(/Fontin-Bold\.otf is not in the project or in TeX Live; Latin Modern \(lmroman10-bold\) stands in/);
  });

  it("puts a face fontspec names without its path beside the family's other faces", () => {
    const r = fontStandIns(['[fonts/Main/texgyretermes-bold.otf]/OT.tfm'], new Map(), '', bundle, ['texgyretermes-regular', 'Unrelated-Font']);
    expect([...r.files.keys()]).toEqual(['fonts/Main/texgyretermes-bold.otf', 'fonts/Main/texgyretermes-regular.otf']);
  });

  it('leaves alone files the project has, names that are not font files, and paths that climb out', () => {
    const project = new Map([['fonts/Main/texgyretermes-regular.otf', new Uint8Array(1)]]);
    const r = fontStandIns(['[fonts/Main/texgyretermes-regular.otf]/OT.tfm', 'moderncv.cls', '[../../etc/x.otf]'], project, '', bundle);
    expect(r.files.size).toBe(0);
    expect(r.notes).toEqual([]);
  });

  it('reads the style from the file name', () => {
    expect(latinModernFor('SourceCodePro-It.otf')).toBe('lmmono10-italic.otf');
    expect(latinModernFor('Raleway-BoldItalic.otf')).toBe('lmsans10-boldoblique.otf');
    expect(latinModernFor('Fontin-SmallCaps.otf')).toBe('lmroman10-regular.otf');
    expect(latinModernFor('RobotoSlab-Bold.otf')).toBe('lmroman10-bold.otf');
    expect(latinModernFor('SourceSansPro-BlackIt.otf')).toBe('lmsans10-boldoblique.otf');
  });
});

describe('fontNameStandIns', () => {
  it('gives every missing name of a kind one Latin Modern file in the job, and leaves names asked for by file alone', () => {
    const r = fontNameStandIns(['Gotham Book', 'RobotoSlab-Black', 'Helvetica Neue Light', 'texgyretermes-regular'],
      ['[fonts/texgyretermes-regular.otf]/OT.tfm'], bundle);
    expect(r.families).toEqual([
      { file: '/work/bespoke-font-stand-ins/lmroman12-regular.otf', families: ['Gotham Book', 'RobotoSlab-Black'] },
      { file: '/work/bespoke-font-stand-ins/lmsans12-regular.otf', families: ['Helvetica Neue Light'] },
    ]);
    expect(text(r.files.get('bespoke-font-stand-ins/lmsans12-regular.otf'))).toContain('lm/lmsans12-regular.otf');
    expect(r.notes).toHaveLength(2);
  });

  it('also puts a file-like name beside the main file, with the extension its family was asked for, for packages that load faces by file', () => {
    // sourcesanspro.sty / ClearSans.sty: `Extension = .otf|.ttf`; fontspec tests such a face quietly,
    // so the log names "ClearSans-Light" and not the file XeTeX looked for.
    const r = fontNameStandIns(['ClearSans-Light', 'SourceSansPro-BlackIt', 'Gotham Book'], ['[ClearSans-Regular.ttf]/OT.tfm'], bundle, 'cv');
    expect([...r.files.keys()].sort()).toEqual([
      'bespoke-font-stand-ins/lmroman12-regular.otf', 'bespoke-font-stand-ins/lmsans12-regular.otf',
      'cv/ClearSans-Light.otf', 'cv/ClearSans-Light.ttf', 'cv/SourceSansPro-BlackIt.otf',
    ]);
    expect(text(r.files.get('cv/ClearSans-Light.ttf'))).toContain('lm/lmsans10-regular.otf');
    // No bold-oblique cut in this bundle: the kind's stand-in serves.
    expect(text(r.files.get('cv/SourceSansPro-BlackIt.otf'))).toContain('lm/lmsans12-regular.otf');
    // A name with spaces cannot be a file name: it gets the fontconfig stand-in only.
    expect(r.families.find((f) => f.families.includes('Gotham Book'))).toBeDefined();
  });
});

describe('stand-ins for documents in Cyrillic or Greek', () => {
  const files = (text: string): Map<string, Uint8Array> => new Map([['cv/resume.tex', enc.encode(text)]]);

  it('knows a document written in Cyrillic or Greek from one with a stray letter or a commented-out line', () => {
    expect(writesCyrillicOrGreek(files('Опыт работы: разработка сервисов на Python.'))).toBe(true);
    expect(writesCyrillicOrGreek(files('Εμπειρία: ανάπτυξη λογισμικού.'))).toBe(true);
    expect(writesCyrillicOrGreek(files('Improved latency by 20% ($\\alpha$ = 0.05, α).'))).toBe(false);
    expect(writesCyrillicOrGreek(files('% Опыт работы: разработка сервисов на Python.\nExperience.'))).toBe(false);
    expect(writesCyrillicOrGreek(new Map([['cv/photo.jpg', enc.encode('Опыт работы: разработка сервисов на Python.')]]))).toBe(false);
  });

  it('takes faces that have those letters, in the style asked for', () => {
    expect(wideStandInFor('OpenSans-Bold.ttf')).toBe('Roboto-Bold.otf');
    expect(wideStandInFor('Fontin-Italic.otf')).toBe('DroidSerif-Italic.ttf');
    expect(wideStandInFor('SourceCodePro-Regular.otf')).toBe('DroidSansMono.ttf');
    const byName = fontNameStandIns(['DejaVu Sans', 'PT Serif'], [], bundle, '', CYRILLIC_GREEK_STAND_INS);
    expect(byName.families).toEqual([
      { file: '/work/bespoke-font-stand-ins/Roboto-Regular.otf', families: ['DejaVu Sans'] },
      { file: '/work/bespoke-font-stand-ins/DroidSerif-Regular.ttf', families: ['PT Serif'] },
    ]);
    expect(byName.notes[0]).toMatch(/"DejaVu Sans" is not installed in Bespoke; Roboto stands in \(Latin Modern has no Cyrillic or Greek letters\)/);
    const byFile = fontStandIns(['[fonts/OpenSans-Bold.ttf]/OT.tfm'], new Map(), '', bundle, [], CYRILLIC_GREEK_STAND_INS);
    expect(text(byFile.files.get('fonts/OpenSans-Bold.ttf'))).toContain('roboto/Roboto-Bold.otf');
    expect(byFile.notes[0]).toMatch(/Roboto-Bold\.otf \(Latin Modern has no Cyrillic or Greek letters\) stands in/);
  });
});
