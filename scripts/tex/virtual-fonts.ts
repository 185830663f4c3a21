// Reading TeX virtual fonts (.vf) at build time: which fonts one draws its characters with.

/**
 * The font names a virtual font defines (fnt_def1–4, opcodes 243–246, all of which come before
 * its first character packet), in order: `ntxmi.vf` → its base fonts' TFM names.
 */
export function virtualFontBases(vf: Uint8Array): string[] {
  if (vf[0] !== 247 || vf[1] !== 202) return []; // pre, VF id
  let at = 3 + vf[2]! + 8; // comment, checksum, design size
  const names: string[] = [];
  while (at < vf.length && vf[at]! >= 243 && vf[at]! <= 246) {
    at += 1 + (vf[at]! - 242) + 12; // opcode, font number (1–4 bytes), checksum, scale, design size
    const area = vf[at]!;
    const length = vf[at + 1]!;
    names.push(new TextDecoder('latin1').decode(vf.subarray(at + 2 + area, at + 2 + area + length)));
    at += 2 + area + length;
  }
  return names;
}
