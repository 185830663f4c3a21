import { describe, expect, it } from 'vitest';
import { createPackageLookup, describeMissing, type PackageIndex } from './package-index';

const INDEX: PackageIndex = {
  version: 1,
  release: 2025,
  revision: 74541,
  packages: {
    'curve': [6868, 20745, 0, 'curve.cls curve.map'],
    'latex-bundle-copy': [100, 1, 0, 'curve.cls'],
    'isodate': [12000, 1, 0, 'isodate.sty isodate.cfg'],
    'base': [1, 1, 1, 'letter.cls chart.tex'],
  },
};

describe('package index', () => {
  const lookup = createPackageLookup(INDEX);

  it('names the package of a missing file, preferring the package named like the file', () => {
    expect(lookup(['curve.cls', 'isodate.sty'])).toEqual([
      { file: 'curve.cls', package: 'curve', size: 6868 },
      { file: 'isodate.sty', package: 'isodate', size: 12000 },
    ]);
  });

  it('finds \\input names without an extension and says when no package has a file', () => {
    expect(lookup(['chart', 'my-own-photo.png'])).toEqual([
      { file: 'chart', package: 'base', size: 1 },
      { file: 'my-own-photo.png', package: null, size: 0 },
    ]);
  });

  it('describes each missing file in one sentence', () => {
    expect(describeMissing(lookup(['curve.cls', 'photo.png']))).toEqual([
      "`curve.cls` is in TeX Live's `curve` package (7 KB to download).",
      '`photo.png` is in no TeX Live package: add it to the resume\'s files.',
    ]);
  });
});
