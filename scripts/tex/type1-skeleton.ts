// Build side of lib/tex/type1-derive.ts: the skeleton of a Type 1 font (.pfb) whose glyphs the
// OpenType (CFF or TrueType) font of the same face can draw, or why not. A glyph is drawn from
// the OpenType font only when that font has a glyph of the same name with the same advance and
// an outline whenever the original has one; any other glyph is kept verbatim in the skeleton.
import type { Font } from 'opentype.js';
import { binarySegments, charstrings, eexecStream, flattenType1, restoreType1 } from '../../lib/tex/type1-transform';
import { deriveFlatType1, glyphsByName, STANDARD_SUBR_COUNT, type Type1Skeleton } from '../../lib/tex/type1-derive';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/**
 * One token of a plain Type 1 charstring at `at`: a number, or an operator (escaped ones as
 * 1200 + the second byte), and where the next token starts.
 */
function tokenAt(plain: Uint8Array, at: number): { number?: number; op?: number; next: number } {
  const b = plain[at]!;
  if (b >= 32 && b <= 246) return { number: b - 139, next: at + 1 };
  if (b >= 247 && b <= 250) return { number: (b - 247) * 256 + plain[at + 1]! + 108, next: at + 2 };
  if (b >= 251 && b <= 254) return { number: -(b - 251) * 256 - plain[at + 1]! - 108, next: at + 2 };
  if (b === 255) return { number: new DataView(plain.buffer, plain.byteOffset + at + 1, 4).getInt32(0), next: at + 5 };
  return b === 12 ? { op: 1200 + plain[at + 1]!, next: at + 2 } : { op: b, next: at + 1 };
}

const DIV = 1212, CALLSUBR = 10, CALLOTHERSUBR = 1216;

/**
 * The numbers before a charstring's first operator (after its lead-in bytes), and that operator.
 * A subroutine call is followed (Roboto's glyphs open with one that holds `hsbw`); `div` is done
 * (Latin Modern's fractional widths, `8125 9 div`).
 */
function leadingNumbers(plain: Uint8Array, lenIV: number, subrs: Uint8Array[], numbers: number[] = [], depth = 0): { numbers: number[]; op: number } {
  for (let i = Math.max(lenIV, 0); i < plain.length;) {
    const { number, op, next } = tokenAt(plain, i);
    i = next;
    if (number !== undefined) numbers.push(number);
    else if (op === DIV && numbers.length >= 2) {
      const d = numbers.pop()!;
      numbers.push(numbers.pop()! / d);
    } else if (op === CALLSUBR && depth < 10 && subrs[numbers[numbers.length - 1]!] !== undefined) {
      return leadingNumbers(subrs[numbers.pop()!]!, lenIV, subrs, numbers, depth + 1);
    } else return { numbers, op: op! };
  }
  return { numbers, op: -1 };
}

/** The advance a charstring declares (hsbw or sbw), or null. */
function advanceOf(plain: Uint8Array, lenIV: number, subrs: Uint8Array[]): number | null {
  const { numbers, op } = leadingNumbers(plain, lenIV, subrs);
  if (op === 13 && numbers.length === 2) return numbers[1]!;
  if (op === 1207 && numbers.length === 4) return numbers[2]!;
  return null;
}

/**
 * The subroutines a charstring calls: `n callsubr`, and hint replacement's
 * `n 1 3 callothersubr pop callsubr`, whose `n` comes back from `pop`.
 */
function calledSubrs(plain: Uint8Array, lenIV: number): number[] {
  const out: number[] = [];
  let stack: number[] = [];
  for (let i = Math.max(lenIV, 0); i < plain.length;) {
    const { number, op, next } = tokenAt(plain, i);
    i = next;
    if (number !== undefined) { stack.push(number); continue; }
    if (op === CALLSUBR && stack.length > 0) out.push(stack[stack.length - 1]!);
    if (op === CALLOTHERSUBR && stack.length >= 3 && stack[stack.length - 1] === 3) out.push(stack[stack.length - 3]!);
    stack = [];
  }
  return out;
}

/**
 * The subroutines that these charstrings may call, directly or through hint replacement
 * (calledSubrs). The standard four always stay.
 */
function reachableSubrs(roots: Uint8Array[], subrs: Uint8Array[], lenIV: number): Set<number> {
  const reached = new Set([0, 1, 2, 3]);
  const queue = [...roots, ...[0, 1, 2, 3].map((i) => subrs[i]).filter((b): b is Uint8Array => !!b)];
  while (queue.length > 0) {
    for (const n of calledSubrs(queue.pop()!, lenIV)) {
      if (Number.isInteger(n) && n >= 0 && n < subrs.length && !reached.has(n)) { reached.add(n); queue.push(subrs[n]!); }
    }
  }
  return reached;
}

/** Whether a charstring draws anything (more than its width and endchar). */
function drawsSomething(plain: Uint8Array, lenIV: number): boolean {
  const body = plain.subarray(Math.max(lenIV, 0));
  // An empty glyph is `sbx wx hsbw endchar`: at most 11 bytes, ending in endchar, with no drawing operator.
  return !(body.length <= 11 && body[body.length - 1] === 14 && !body.some((b) => b === 5 || b === 8 || b === 21 || b === 10 || b === 30 || b === 31));
}

export interface SkeletonResult { skeleton: Type1Skeleton; derivedSize: number; verbatim: number; glyphs: number }

/** The skeleton of `pfb` over `font` (`otfPath` in the bundle), or the reason it cannot be made. */
export function makeSkeleton(pfb: Uint8Array, font: Font, otfPath: string): SkeletonResult | string {
  if (font.outlinesFormat !== 'cff' && font.outlinesFormat !== 'truetype') return 'no CFF or TrueType outlines';
  const clearText = latin1(pfb.subarray(6, Math.min(pfb.length, 8192)));
  // Type 1 units per OpenType unit, from the font's FontMatrix (most are 1000 units per em; FontForge
  // keeps a TrueType font's 2048). TrueType's em is 2048 or 2000 units: then outlines and advances are scaled.
  const matrix = Number(/\/FontMatrix\s*\[\s*([-\d.e]+)/.exec(clearText)?.[1] ?? 0.001);
  const ratio = 1 / (font.unitsPerEm * matrix);
  if (!Number.isFinite(ratio)) return 'unusual FontMatrix';
  const scale = Math.abs(ratio - 1) < 1e-4 ? undefined : ratio;
  const segments = binarySegments(pfb);
  const flat = flattenType1(pfb);
  if (!segments || segments.length === 0 || !flat) return 'not a PFB';
  const clearEnd = segments[0]![0] - 6;
  if (pfb[0] !== 0x80 || pfb[1] !== 1) return 'no clear-text segment first';
  const clear = latin1(pfb.subarray(6, clearEnd));
  const lastBinaryEnd = segments[segments.length - 1]![1];
  // The closing clear text: every type-1 segment after the binary ones, without their headers.
  let trailer = '';
  for (let at = lastBinaryEnd; at + 1 < pfb.length && pfb[at + 1] === 1;) {
    const len = pfb[at + 2]! | (pfb[at + 3]! << 8) | (pfb[at + 4]! << 16) | (pfb[at + 5]! << 24);
    trailer += latin1(pfb.subarray(at + 6, at + 6 + len));
    at += 6 + len;
  }
  const stream = eexecStream(flat, segments);
  const text = latin1(stream);
  const blobs = charstrings(stream);
  const subrsAt = text.indexOf('/Subrs');
  const charStringsAt = text.indexOf('/CharStrings');
  if (subrsAt < 0 || charStringsAt < 0 || blobs.length === 0 || subrsAt > blobs[0]![0]) return 'no /Subrs before the glyphs';
  const subrs = blobs.filter(([s]) => s < charStringsAt);
  const glyphBlobs = blobs.filter(([s]) => s > charStringsAt);
  if (subrs.length < 2 || glyphBlobs.length === 0) return 'fewer than two subroutines or no glyphs';
  if (!/^ \d+ array\s*dup 0 \d+ \S+ $/.test(text.slice(subrsAt + 6, subrs[0]![0]))) return 'unusual /Subrs array';
  const rd = /(\S+) $/.exec(text.slice(0, subrs[0]![0]))![1]!;
  const np = text.slice(subrs[0]![1], text.indexOf('dup 1 ', subrs[0]![1]));
  if (np.length > 24) return 'unusual subroutine terminator';
  const head = /^ (\d+)([^/]*)/.exec(text.slice(charStringsAt + 12, glyphBlobs[0]![0]));
  if (!head || Number(head[1]) !== glyphBlobs.length) return 'unusual /CharStrings dictionary';
  const nd = text.slice(glyphBlobs[0]![1], text.indexOf('/', glyphBlobs[0]![1]));
  const lenIV = Number(/\/lenIV\s+(-?\d+)/.exec(text.slice(0, subrsAt))?.[1] ?? 4);
  const byName = glyphsByName(font);
  const subrBytes = subrs.map(([a, b]) => stream.subarray(a, b));
  const glyphs: string[] = [];
  const verbatim: Record<string, string> = {};
  let previousEnd = charStringsAt;
  for (const [start, end] of glyphBlobs) {
    const def = /\/(\S+) \d+ \S+ $/.exec(text.slice(previousEnd, start));
    if (!def) return 'unusual glyph definition';
    if (previousEnd !== charStringsAt && text.slice(previousEnd, previousEnd + nd.length) !== nd) return 'unusual glyph terminator';
    const name = def[1]!;
    glyphs.push(name);
    const plain = stream.subarray(start, end);
    const index = byName.get(name);
    const glyph = index === undefined ? null : font.glyphs.get(index);
    const advance = advanceOf(plain, lenIV, subrBytes);
    // Within a unit: a PDF viewer spaces glyphs by the PDF's /Widths (from the TFM), not the font program's.
    const same = glyph !== null && advance !== null && Math.abs(glyph.advanceWidth * (scale ?? 1) - advance) < 1 &&
      (glyph.path.commands.length > 0 || !drawsSomething(plain, lenIV));
    if (!same) verbatim[name] = Buffer.from(plain).toString('base64');
    previousEnd = end;
  }
  // Verbatim glyphs may call the font's own subroutines (flex, hint replacement, shared parts): then they stay too.
  // Only those they may reach are kept whole; the others become a bare `return` (indices must stay).
  const reached = reachableSubrs(Object.values(verbatim).map((b) => new Uint8Array(Buffer.from(b, 'base64'))), subrBytes, lenIV);
  const bareReturn = Buffer.from([...new Array<number>(Math.max(lenIV, 0)).fill(0), 11]);
  const subrsKept = Object.keys(verbatim).length > 0
    ? subrBytes.map((bytes, i) => (reached.has(i) ? Buffer.from(bytes) : bareReturn).toString('base64'))
    : undefined;
  const after = text.slice(previousEnd);
  if (!after.startsWith(nd)) return 'unusual end of glyphs';
  const skeleton: Type1Skeleton = {
    otf: otfPath, ...(scale ? { scale } : {}), clear, privateHead: text.slice(0, subrsAt + 6), rd, np, nd,
    subrsTail: text.slice(subrs[subrs.length - 1]![1], charStringsAt + 12), charStringsHead: head[2]!,
    glyphs, verbatim, tail: after.slice(nd.length), trailer, lenIV, ...(subrsKept ? { subrs: subrsKept } : {}),
  };
  // The derived font must read back as a Type 1 font with the same glyphs, in the same order.
  const derived = restoreType1(deriveFlatType1(skeleton, font, byName));
  const again = flattenType1(derived);
  if (!again) return 'the derived font does not read back';
  const names = charstrings(eexecStream(again, binarySegments(again)!)).length;
  if (names !== (subrsKept?.length ?? STANDARD_SUBR_COUNT) + glyphs.length) return 'the derived font has other glyphs';
  return { skeleton, derivedSize: derived.length, verbatim: Object.keys(verbatim).length, glyphs: glyphs.length };
}
