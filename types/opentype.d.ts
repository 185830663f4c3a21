// opentype.js 2.x ships no types: the part Bespoke reads (names, glyph names, advances and outlines).
declare module 'opentype.js' {
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'Z' };
  export interface Glyph { name: string | null; advanceWidth: number; path: { commands: PathCommand[] } }
  /** A name record per platform, each by language (`en`). */
  export type NameTable = Partial<Record<'postScriptName' | 'fontFamily' | 'fullName', Record<string, string>>>;
  export interface Font {
    names: { windows?: NameTable; macintosh?: NameTable };
    unitsPerEm: number;
    outlinesFormat: string;
    glyphs: { length: number; get(index: number): Glyph };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
