import { describe, expect, it } from 'vitest';
import { virtualFontBases } from '../../../scripts/tex/virtual-fonts';

/** A virtual font as vftovp would write it: preamble, then fnt_defs, then one character packet. */
function vf(fonts: { number: number; name: string; area?: string }[]): Uint8Array {
  const bytes: number[] = [247, 202, 3, ...Buffer.from('abc'), 0, 0, 0, 0, 0, 0xa0, 0, 0];
  for (const f of fonts) {
    const wide = f.number > 255;
    bytes.push(wide ? 244 : 243, ...(wide ? [f.number >> 8, f.number & 0xff] : [f.number]), 1, 2, 3, 4, 0, 0x10, 0, 0, 0, 0xa0, 0, 0);
    bytes.push((f.area ?? '').length, f.name.length, ...Buffer.from(f.area ?? ''), ...Buffer.from(f.name));
  }
  bytes.push(0, 65, 0, 0, 0, 0); // short char packet for 'A', empty
  return Uint8Array.from(bytes);
}

describe('virtualFontBases', () => {
  it('names every font a virtual font defines, whatever the size of its number or an area', () => {
    expect(virtualFontBases(vf([{ number: 0, name: 'mdputr8t' }, { number: 300, name: 'md-utmr7m', area: 'x/' }]))).toEqual(['mdputr8t', 'md-utmr7m']);
  });

  it('reads nothing from a file that is not a virtual font', () => {
    expect(virtualFontBases(Uint8Array.from([1, 2, 3]))).toEqual([]);
  });
});
