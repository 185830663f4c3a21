// opentype.js 2.x ships no types: the part Bespoke reads (glyph names, advances and outlines).
declare module 'opentype.js' {
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'Z' };
  export interface Glyph { name: string | null; advanceWidth: number; path: { commands: PathCommand[] } }
  export interface Font {
    unitsPerEm: number;
    outlinesFormat: string;
    glyphs: { length: number; get(index: number): Glyph };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
