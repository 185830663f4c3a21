import { describe, expect, it } from 'vitest';
import { createPackageLookup, describeMissing, fetchablePackages, lookupOutlinelessFonts, type PackageIndex } from './package-index';

const INDEX: PackageIndex = {
  version: 1,
  release: 2025,
  revision: 74541,
  packages: {
    'curve': [6868, 20745, 0, 'curve.cls curve.map'],
    'latex-bundle-copy': [100, 1, 0, 'curve.cls'],
    'isodate': [12000, 1, 0, 'isodate.sty isodate.cfg'],
    'base': [1, 1, 1, 'letter.cls chart.tex'],
    'cm-mf-extra-bold': [300000, 1, 0, 'cmbcsc10.tfm cmbcsc10.mf'],
    'tex-gyre': [2000000, 1, 0, 'qplr.tfm qplr.pfb'],
    'lh': [172080, 1, 0, 'labmr10.mf lcyrbeg.mf'],
    'cm': [1, 1, 1, 'cmr10.tfm cmr10.mf cmbase.mf'],
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

  it('finds a metric TeX Live has only as a METAFONT source by the source, and METAFONT\'s own inputs', () => {
    expect(lookup(['labmr10.tfm', 'cmbase.mf', 'cmr10.tfm'])).toEqual([
      { file: 'labmr10.tfm', package: 'lh', size: 172080 },
      { file: 'cmbase.mf', package: 'cm', size: 1 },
      { file: 'cmr10.tfm', package: 'cm', size: 1 },
    ]);
  });

  it('finds \\input names without an extension and says when no package has a file', () => {
    expect(lookup(['chart', 'my-own-photo.png'])).toEqual([
      { file: 'chart', package: 'base', size: 1 },
      { file: 'my-own-photo.png', package: null, size: 0 },
    ]);
  });

  it('a font pdfTeX wanted as a bitmap: the package of its outline, else METAFONT-only, else none', () => {
    const fonts = lookupOutlinelessFonts(lookup, ['qplr', 'cmbcsc10', 'nowhere10']);
    expect(fonts).toEqual([
      { file: 'qplr.pfb', package: 'tex-gyre', size: 2000000 },
      { file: 'cmbcsc10', package: 'cm-mf-extra-bold', size: 0, metafontOnly: true },
      { file: 'nowhere10', package: null, size: 0 },
    ]);
    // Fetching cm-mf-extra-bold again would not help: only the outline's package is offered.
    expect(fetchablePackages(fonts)).toEqual(['tex-gyre']);
    expect(describeMissing(fonts)[1]).toBe(
      "`cmbcsc10` is a METAFONT font: TeX Live's `cm-mf-extra-bold` package has its metrics and sources but no outline, and METAFONT could not draw it here (see the warnings). " +
      'Load `\\usepackage[T1]{fontenc}` or `\\usepackage{lmodern}` (outline versions of the Computer Modern shapes), or another font with Type 1 outlines.',
    );
  });

  it('describes each missing file in one sentence', () => {
    expect(describeMissing(lookup(['curve.cls', 'photo.png']))).toEqual([
      "`curve.cls` is in TeX Live's `curve` package (7 KB to download).",
      '`photo.png` is in no TeX Live package: add it to the resume\'s files.',
    ]);
  });

  it('says how to replace an EPS image that native pdflatex would have converted', () => {
    const [sentence] = describeMissing(lookup(['img/logo-eps-converted-to.pdf']));
    expect(sentence).toBe(
      "`img/logo-eps-converted-to.pdf` is the PDF that pdflatex's epstopdf makes from `img/logo.eps`; Bespoke cannot run epstopdf (no PostScript interpreter). " +
      'Convert `img/logo.eps` to PDF (`epstopdf img/logo.eps` or any converter) and add it under that name, `img/logo-eps-converted-to.pdf`.',
    );
  });
});
