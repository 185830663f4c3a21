/**
 * A lossless, length-preserving transform of Type 1 fonts (.pfb) that lets deflate compress
 * them: the eexec section is stored decrypted, and so is every charstring and subroutine in it.
 * Encrypted, a font is noise to deflate (Type 1 outlines are half the TeX bundle); decrypted,
 * it is PostScript and charstring bytecode. `restoreType1` re-encrypts to the original bytes
 * (encryption is deterministic once the decrypted bytes, padding included, are kept).
 *
 * Both directions find the same charstrings: scanning looks for `<len> RD ` / `<len> -| ` only in
 * text between binary strings, which the transform never changes.
 */
const EEXEC_KEY = 55665;
const CHARSTRING_KEY = 4330;
const C1 = 52845;
const C2 = 22719;

function decrypt(data: Uint8Array, start: number, end: number, key: number): void {
  let r = key;
  for (let i = start; i < end; i++) {
    const c = data[i]!;
    data[i] = c ^ (r >> 8);
    r = ((c + r) * C1 + C2) & 0xffff;
  }
}

function encrypt(data: Uint8Array, start: number, end: number, key: number): void {
  let r = key;
  for (let i = start; i < end; i++) {
    const c = data[i]! ^ (r >> 8);
    data[i] = c;
    r = ((c + r) * C1 + C2) & 0xffff;
  }
}

/** Start and end of each binary (eexec) segment of a PFB; null when the bytes are not a PFB. */
export function binarySegments(pfb: Uint8Array): [number, number][] | null {
  const out: [number, number][] = [];
  let at = 0;
  while (at + 1 < pfb.length) {
    if (pfb[at] !== 0x80) return null;
    const type = pfb[at + 1];
    if (type === 3) return out;
    if (at + 6 > pfb.length) return null;
    const len = pfb[at + 2]! | (pfb[at + 3]! << 8) | (pfb[at + 4]! << 16) | (pfb[at + 5]! << 24);
    const start = at + 6;
    if (len < 0 || start + len > pfb.length) return null;
    if (type === 2) out.push([start, start + len]);
    else if (type !== 1) return null;
    at = start + len;
  }
  return null;
}

/**
 * The charstring blobs (start, end) in a decrypted eexec stream: each follows `<len> RD ` or
 * `<len> -| ` in the text; scanning resumes after the blob, so blob bytes are never scanned.
 */
export function charstrings(plain: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 0; i + 3 < plain.length; i++) {
    if (plain[i] !== 0x20 || plain[i + 3] !== 0x20) continue;
    const a = plain[i + 1];
    const b = plain[i + 2];
    if (!((a === 0x52 && b === 0x44) || (a === 0x2d && b === 0x7c))) continue; // "RD" or "-|"
    let len = 0;
    let scale = 1;
    let j = i - 1;
    for (; j >= at && plain[j]! >= 0x30 && plain[j]! <= 0x39; j--) {
      len += (plain[j]! - 0x30) * scale;
      scale *= 10;
    }
    if (j === i - 1) continue; // no length before the token
    const start = i + 4;
    const end = start + len;
    if (end > plain.length) break;
    out.push([start, end]);
    at = end;
    i = end - 1;
  }
  return out;
}

export function eexecStream(pfb: Uint8Array, segments: [number, number][]): Uint8Array {
  const total = segments.reduce((n, [s, e]) => n + e - s, 0);
  const stream = new Uint8Array(total);
  let at = 0;
  for (const [s, e] of segments) stream.set(pfb.subarray(s, e), (at += e - s) - (e - s));
  return stream;
}

function writeBack(pfb: Uint8Array, segments: [number, number][], stream: Uint8Array): void {
  let at = 0;
  for (const [s, e] of segments) pfb.set(stream.subarray(at, (at += e - s)), s);
}

/** The transformed font, or null when the file is not a PFB this transform understands. */
export function flattenType1(pfb: Uint8Array): Uint8Array | null {
  const segments = binarySegments(pfb);
  if (!segments || segments.length === 0) return null;
  const out = new Uint8Array(pfb); // a copy (Buffer#slice would share memory)
  const stream = eexecStream(out, segments);
  decrypt(stream, 0, stream.length, EEXEC_KEY);
  for (const [s, e] of charstrings(stream)) decrypt(stream, s, e, CHARSTRING_KEY);
  writeBack(out, segments, stream);
  return out;
}

/** The original font from `flattenType1`'s output. */
export function restoreType1(flat: Uint8Array): Uint8Array {
  const segments = binarySegments(flat);
  if (!segments) throw new Error('not a flattened Type 1 font');
  const out = new Uint8Array(flat);
  const stream = eexecStream(out, segments);
  // Find the charstrings while they are plain (as flattenType1 did), then encrypt inside out.
  for (const [s, e] of charstrings(stream)) encrypt(stream, s, e, CHARSTRING_KEY);
  encrypt(stream, 0, stream.length, EEXEC_KEY);
  writeBack(out, segments, stream);
  return out;
}
