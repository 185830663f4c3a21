import { describe, expect, it } from 'vitest';
import { cmSuperSubstitution, filterMap, latinModernSubstitution, mapOutlines } from '../../../scripts/tex/font-map';

const line = (tfm: string, font: string): string =>
  `${tfm} ${font.toUpperCase()} "T1Encoding ReEncodeFont" <cm-super-t1.enc <${font}.pfb`;

describe('cm-super sizes the bundle does not ship', () => {
  const shipped = new Set(['sfrm0800.pfb', 'sfrm1000.pfb', 'sfrm1440.pfb', 'sfbx1000.pfb', 'ecrm1095.tfm', 'cm-super-t1.enc']);
  const substitute = cmSuperSubstitution(shipped);

  it('keeps a line whose outline ships', () => {
    expect(substitute(line('ecrm1000', 'sfrm1000'))).toBe(line('ecrm1000', 'sfrm1000'));
  });

  it('draws an unshipped size with the nearest shipped size of the same family, keeping its own metric', () => {
    expect(substitute(line('ecrm1095', 'sfrm1095'))).toBe(line('ecrm1095', 'sfrm1000'));
    expect(substitute(line('ecrm0700', 'sfrm0700'))).toBe(line('ecrm0700', 'sfrm0800'));
    expect(substitute(line('ecrm2074', 'sfrm2074'))).toBe(line('ecrm2074', 'sfrm1440'));
    // Never another family: bold extended outlines for a roman metric would overprint.
    expect(substitute(line('ecbx1440', 'sfbx1440'))).toBe(line('ecbx1440', 'sfbx1000'));
  });

  it('leaves a family with no shipped size alone, so the compile names cm-super as missing', () => {
    expect(substitute(line('ecdh1000', 'sfdh1000'))).toBe(line('ecdh1000', 'sfdh1000'));
    // A slanted family whose upright family ships none either.
    expect(substitute(line('ecst1000', 'sfst1000'))).toBe(line('ecst1000', 'sfst1000'));
  });

  it('draws a slanted family it does not ship with its upright family slanted, nearest size, own metric', () => {
    expect(substitute(line('ecsl1000', 'sfsl1000')))
      .toBe('ecsl1000 SFRM1000 " .16667 SlantFont T1Encoding ReEncodeFont " <cm-super-t1.enc <sfrm1000.pfb');
    expect(substitute(line('ecbl1440', 'sfbl1440')))
      .toBe('ecbl1440 SFBX1000 " .16667 SlantFont T1Encoding ReEncodeFont " <cm-super-t1.enc <sfbx1000.pfb');
  });

  it('leaves fonts other than cm-super alone', () => {
    const lm = 'ec-lmr10 LMRoman10-Regular "enclmec ReEncodeFont" <lm-ec.enc <lmr10.pfb';
    expect(substitute(lm)).toBe(lm);
  });

  it('cuts the map down to shipped fonts, rewriting cm-super lines', () => {
    const map = ['% comment', line('ecrm1095', 'sfrm1095'), 'ptmr8r Times-Roman "TeXBase1Encoding ReEncodeFont" <8r.enc <utmr8a.pfb', ''].join('\n');
    const out = filterMap(map, shipped).split('\n');
    expect(out).toContain(line('ecrm1095', 'sfrm1000'));
    expect(out.some((l) => l.startsWith('ptmr8r'))).toBe(false);
  });

  it('draws METAFONT-only fonts with a shipped outline only when its metric, encoding and outline all ship', () => {
    const withBold = new Set([...shipped, 'cmbcsc10.tfm', 'lm-rmsc.enc', 'sfxc1000.pfb', 'cmttb10.tfm', 'lm-rep-cmtt.enc']);
    const out = filterMap('', withBold).split('\n');
    expect(out).toContain('cmbcsc10 SFXC1000 " enclmrmsc ReEncodeFont " <lm-rmsc.enc <sfxc1000.pfb');
    // lmtk10.pfb is not in the set: the bold typewriter keeps no line (the compile names what is missing).
    expect(out.some((l) => l.startsWith('cmttb10'))).toBe(false);
    expect(filterMap('', shipped)).not.toContain('cmbcsc10');
  });
});

describe('EC text drawn with Latin Modern', () => {
  const lm = (tfm: string, ps: string, layout: 'ec' | 'ts1', pfb: string): string =>
    `${tfm} ${ps} "enclm${layout} ReEncodeFont" <lm-${layout}.enc <${pfb}.pfb`;
  const map = [
    lm('ec-lmr10', 'LMRoman10-Regular', 'ec', 'lmr10'),
    lm('ec-lmr12', 'LMRoman12-Regular', 'ec', 'lmr12'),
    lm('ec-lmr17', 'LMRoman17-Regular', 'ec', 'lmr17'),
    lm('ts1-lmr10', 'LMRoman10-Regular', 'ts1', 'lmr10'),
    lm('ec-lmcsc10', 'LMRomanCaps10-Regular', 'ec', 'lmcsc10'),
    lm('ec-lmbx12', 'LMRoman12-Bold', 'ec', 'lmbx12'),
  ].join('\n');
  const shipped = new Set(['lmr10.pfb', 'lmr12.pfb', 'lmr17.pfb', 'lmcsc10.pfb', 'lm-ec.enc', 'lm-ts1.enc', 'sfrm1000.pfb', 'cm-super-t2a.enc']);
  const toLatinModern = latinModernSubstitution(map, shipped);

  it('gives an EC line the Latin Modern line of its family at the nearest design size, under its own TFM name', () => {
    expect(toLatinModern(line('ecrm1095', 'sfrm1095'))).toBe(lm('ecrm1095', 'LMRoman10-Regular', 'ec', 'lmr10'));
    expect(toLatinModern(line('ecrm1440', 'sfrm1440'))).toBe(lm('ecrm1440', 'LMRoman17-Regular', 'ec', 'lmr17'));
    expect(toLatinModern(line('ecrm1200', 'sfrm1200'))).toBe(lm('ecrm1200', 'LMRoman12-Regular', 'ec', 'lmr12'));
    // Caps and small caps: Latin Modern's caps font, whose lowercase slots hold small capitals.
    expect(toLatinModern(line('eccc1000', 'sfcc1000'))).toBe(lm('eccc1000', 'LMRomanCaps10-Regular', 'ec', 'lmcsc10'));
  });

  it('keeps cm-super for the text companion (TS1): Latin Modern\'s symbols sit differently in EC\'s metrics', () => {
    const tcrm = 'tcrm1000 SFRM1000 "TS1Encoding ReEncodeFont" <cm-super-ts1.enc <sfrm1000.pfb';
    expect(toLatinModern(tcrm)).toBe(tcrm);
  });

  it('leaves Cyrillic layouts, families without a twin and twins whose outline does not ship to cm-super', () => {
    const larm = 'larm1000 SFRM1000 "T2AEncoding ReEncodeFont" <cm-super-t2a.enc <sfrm1000.pfb';
    expect(toLatinModern(larm)).toBe(larm);
    expect(toLatinModern(line('ecxc1000', 'sfxc1000'))).toBe(line('ecxc1000', 'sfxc1000'));
    // lmbx12.pfb is not in the shipped set.
    expect(toLatinModern(line('ecbx1200', 'sfbx1200'))).toBe(line('ecbx1200', 'sfbx1200'));
  });

  it('applies in the cut-down map, before the cm-super size rule', () => {
    const out = filterMap([map, line('ecrm1095', 'sfrm1095'), 'larm1095 SFRM1095 "T2AEncoding ReEncodeFont" <cm-super-t2a.enc <sfrm1095.pfb'].join('\n'), shipped).split('\n');
    expect(out).toContain(lm('ecrm1095', 'LMRoman10-Regular', 'ec', 'lmr10'));
    expect(out).toContain('larm1095 SFRM1000 "T2AEncoding ReEncodeFont" <cm-super-t2a.enc <sfrm1000.pfb');
  });
});

describe('mapOutlines', () => {
  it('pairs each TFM with the outline its line draws it with, embedded whole or not, comments skipped', () => {
    const map = [
      'md-utrma MathDesign-UT-Regular <mdutrma.pfb',
      'ptmr8r NimbusRomNo9L-Regu "TeXBase1Encoding ReEncodeFont" <8r.enc <<utmr8a.pfb',
      'fvsr8r FiraSans-Regular <[fira.enc <FiraSans-Regular.pfb',
      '% old <gone.pfb',
      'cmr10 CMR10 <cmr10.pfb',
      'noun TeX-Noun',
    ].join('\n');
    expect(mapOutlines(map)).toEqual([
      ['md-utrma', 'mdutrma.pfb'], ['ptmr8r', 'utmr8a.pfb'], ['fvsr8r', 'FiraSans-Regular.pfb'], ['cmr10', 'cmr10.pfb'],
    ]);
  });
});
