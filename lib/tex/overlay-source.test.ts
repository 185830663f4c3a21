import { describe, expect, it } from 'vitest';
import type { TexFileSource } from './bundle';
import { overlaySource, PDFTEX_MAP } from './overlay-source';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function memorySource(files: Record<string, string>): TexFileSource {
  return { *list() { for (const [p, t] of Object.entries(files)) yield [p, enc(t).length]; }, read: (p) => enc(files[p]!) };
}

describe('overlaySource', () => {
  const base = memorySource({ [PDFTEX_MAP]: 'cmr10 CMR10 <cmr10.pfb', 'tex/latex/base/article.cls': 'article' });
  const tree = overlaySource(base, {
    files: { 'tex/latex/curve/curve.cls': enc('curve'), 'fonts/map/dvips/curve/curve.map': enc('curvefont CurveFont <curve.pfb'), 'tex/latex/base/article.cls': enc('patched') },
    maps: ['curve.map'],
  });

  it('lists bundle and fetched files once each, fetched files shadowing bundled ones', () => {
    const listed = new Map(tree.list());
    expect([...listed.keys()].sort()).toEqual(['fonts/map/dvips/curve/curve.map', PDFTEX_MAP, 'tex/latex/base/article.cls', 'tex/latex/curve/curve.cls']);
    expect(dec(tree.read('tex/latex/base/article.cls'))).toBe('patched');
    expect(dec(tree.read('tex/latex/curve/curve.cls'))).toBe('curve');
  });

  it("adds the fetched packages' map files to pdftex.map, as updmap would", () => {
    const map = dec(tree.read(PDFTEX_MAP));
    expect(map).toContain('cmr10 CMR10 <cmr10.pfb');
    expect(map).toContain('curvefont CurveFont <curve.pfb');
    expect(new Map(tree.list()).get(PDFTEX_MAP)).toBe(tree.read(PDFTEX_MAP).length);
  });
});
