import opentype, { type Font, type PathCommand } from 'opentype.js';

/**
 * Type 1 fonts (.pfb) derived at first use from the OpenType font of the same face that the
 * bundle ships for XeLaTeX. Fira, Source Sans, EB Garamond, Roboto, Droid Sans … are in TeX Live
 * twice: the OpenType (CFF or TrueType) files and Type 1 copies converted from them for pdfTeX,
 * which cannot embed those. The
 * bundle keeps the OpenType outlines once, and per Type 1 font a skeleton
 * (scripts/tex/type1-skeleton.ts): its clear-text header, its Private dictionary and every
 * glyph's name, so the derived font has the original's name, encoding, bounding box and hinting
 * zones, and TeX's metrics and encodings stay valid. Each glyph is drawn with the OpenType
 * glyph of the same name (same advance, checked when the skeleton is made); glyphs without one
 * are kept verbatim in the skeleton.
 *
 * The derived charstrings carry no hints (stems) and round coordinates to whole font units
 * (≤ 1/2000 em): the PDF's text and layout are the original's, the outlines the same shapes.
 */
export interface Type1Skeleton {
  /** Bundle path of the OpenType font whose glyphs draw this one. */
  otf: string;
  /** Type 1 units per OpenType unit when the twin's em is not 1000 units (TrueType: 2048, 2000). */
  scale?: number;
  /** The first (clear-text) segment of the original PFB, latin1. */
  clear: string;
  /** The decrypted eexec text up to and including `/Subrs`, latin1 (its four lead-in bytes too). */
  privateHead: string;
  /** How the font spells `readonly` for a charstring (`RD`, `-|`) and after a subroutine and a glyph. */
  rd: string;
  np: string;
  nd: string;
  /** Text from the end of the subroutines to and including `/CharStrings` (the last subroutine's `np` first). */
  subrsTail: string;
  /** Text between the glyph count and the first glyph (` dict dup begin\n`). */
  charStringsHead: string;
  /** Glyph names in the original's order; a glyph kept verbatim maps to its decrypted charstring, base64. */
  glyphs: string[];
  verbatim: Record<string, string>;
  /** Decrypted text after the last glyph (`end … closefile`), and the PFB's closing clear text. */
  tail: string;
  trailer: string;
  /** The charstrings' lead-in bytes (lenIV, 4 unless the Private dictionary says otherwise). */
  lenIV: number;
  /** The original's subroutines (decrypted, base64), kept when verbatim glyphs may call them; else the standard four. */
  subrs?: string[];
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** A Type 1 charstring number. */
function pushNumber(out: number[], v: number): void {
  if (v >= -107 && v <= 107) out.push(v + 139);
  else if (v >= 108 && v <= 1131) { const w = v - 108; out.push((w >> 8) + 247, w & 0xff); }
  else if (v >= -1131 && v <= -108) { const w = -v - 108; out.push((w >> 8) + 251, w & 0xff); }
  else out.push(255, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
}

const HSBW = 13, RMOVETO = 21, RLINETO = 5, RRCURVETO = 8, CLOSEPATH = 9, ENDCHAR = 14;

/**
 * One glyph's plain (unencrypted) Type 1 charstring: `0 width hsbw`, then the outline as
 * relative moves, lines and curves between rounded absolute points (so rounding never drifts),
 * in Type 1's 1000-unit em: OpenType units times `scale`.
 */
export function charstringOf(commands: PathCommand[], advance: number, lenIV: number, scale = 1): Uint8Array {
  const out: number[] = new Array<number>(Math.max(lenIV, 0)).fill(0);
  pushNumber(out, 0);
  pushNumber(out, Math.round(advance * scale));
  out.push(HSBW);
  let x = 0, y = 0, qx = 0, qy = 0, open = false;
  const to = (px: number, py: number): void => {
    const rx = Math.round(px * scale), ry = Math.round(py * scale);
    qx = px; qy = py;
    pushNumber(out, rx - x);
    pushNumber(out, ry - y);
    x = rx; y = ry;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      if (open) out.push(CLOSEPATH);
      to(c.x, c.y); out.push(RMOVETO); open = true;
    } else if (c.type === 'L') {
      to(c.x, c.y); out.push(RLINETO);
    } else if (c.type === 'C') {
      to(c.x1, c.y1); to(c.x2, c.y2); to(c.x, c.y); out.push(RRCURVETO);
    } else if (c.type === 'Q') {
      // TrueType's quadratics, as the cubics that draw them exactly (from the unscaled start point).
      const [x0, y0] = [qx, qy];
      to(x0 + (2 / 3) * (c.x1 - x0), y0 + (2 / 3) * (c.y1 - y0));
      to(c.x + (2 / 3) * (c.x1 - c.x), c.y + (2 / 3) * (c.y1 - c.y));
      to(c.x, c.y); out.push(RRCURVETO);
    } else if (open) {
      out.push(CLOSEPATH); open = false;
    }
  }
  if (open) out.push(CLOSEPATH);
  out.push(ENDCHAR);
  return Uint8Array.from(out);
}

/** The four standard subroutines (flex and hint replacement), which the derived glyphs never call. */
const STANDARD_SUBRS: number[][] = [
  [3 + 139, 0 + 139, 12, 16, 12, 17, 12, 17, 12, 33, 11],
  [0 + 139, 1 + 139, 12, 16, 11],
  [0 + 139, 2 + 139, 12, 16, 11],
  [11],
];
export const STANDARD_SUBR_COUNT = STANDARD_SUBRS.length;

const base64Bytes = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Glyph name → glyph index of an OpenType font. */
export function glyphsByName(font: Font): Map<string, number> {
  const byName = new Map<string, number>();
  for (let i = 0; i < font.glyphs.length; i++) {
    const name = font.glyphs.get(i).name;
    if (name && !byName.has(name)) byName.set(name, i);
  }
  return byName;
}

export function parseOpenType(bytes: Uint8Array): Font {
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** Bytes appended to one growing buffer (a font is written in tens of thousands of small pieces). */
class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  /** Latin-1 text: every char code is one byte. */
  text(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i) & 0xff;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array { return this.buf.subarray(0, this.length); }
}

/**
 * The font in `flattenType1`'s form (eexec text and charstrings decrypted): `restoreType1` turns
 * it into the PFB pdfTeX reads.
 */
export function deriveFlatType1(skeleton: Type1Skeleton, font: Font, byName = glyphsByName(font)): Uint8Array {
  const out = new ByteWriter();
  const blob = (bytes: Uint8Array): void => { out.text(`${bytes.length} ${skeleton.rd} `); out.bytes(bytes); };
  out.text(skeleton.privateHead);
  const subrs = skeleton.subrs?.map(base64Bytes) ??
    STANDARD_SUBRS.map((subr) => Uint8Array.from([...new Array<number>(Math.max(skeleton.lenIV, 0)).fill(0), ...subr]));
  out.text(` ${subrs.length} array\n`);
  subrs.forEach((bytes, i) => {
    out.text(`dup ${i} `);
    blob(bytes);
    if (i < subrs.length - 1) out.text(skeleton.np);
  });
  out.text(skeleton.subrsTail);
  out.text(` ${skeleton.glyphs.length}${skeleton.charStringsHead}`);
  for (const name of skeleton.glyphs) {
    const kept = skeleton.verbatim[name];
    let bytes: Uint8Array;
    if (kept !== undefined) bytes = base64Bytes(kept);
    else {
      const index = byName.get(name);
      if (index === undefined) throw new Error(`${skeleton.otf} has no glyph ${name}`);
      const glyph = font.glyphs.get(index);
      bytes = charstringOf(glyph.path.commands, glyph.advanceWidth, skeleton.lenIV, skeleton.scale);
    }
    out.text(`/${name} `);
    blob(bytes);
    out.text(skeleton.nd);
  }
  out.text(skeleton.tail);
  return concat([segment(1, latin1(skeleton.clear)), segment(2, out.done()), segment(1, latin1(skeleton.trailer)), Uint8Array.from([0x80, 3])]);
}

function segment(type: 1 | 2, body: Uint8Array): Uint8Array {
  const n = body.length;
  return concat([Uint8Array.from([0x80, type, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]), body]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
