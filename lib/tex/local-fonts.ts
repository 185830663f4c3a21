import type { LocalFont } from './types';

/**
 * Fonts installed on the user's computer, lent to one XeLaTeX compile (Chrome's Local Font
 * Access). Platform-agnostic: the page reads the fonts (components/resume/local-fonts-button.tsx);
 * this decides which of them answer the names a project asked for, and where the engine puts them.
 */

/** The engine's own folder for lent fonts: outside the job folder, so never part of the project or its outputs. */
export const LOCAL_FONTS_DIR = '/texlive/local-fonts';
/** Lent fonts of one compile: at most this many faces and bytes (a family of 18 faces of 2 MB fits). */
export const MAX_LOCAL_FONT_FACES = 48;
export const MAX_LOCAL_FONT_BYTES = 96 * 1024 * 1024;

/** What the Local Font Access API tells of a face before its bytes are read (FontData without blob()). */
export interface LocalFontInfo { family: string; fullName: string; postscriptName: string; style: string }

/** "Source Sans Pro", "SourceSansPro", "source-sans-pro" are one name to a person. */
export function fontKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The installed faces that answer `wanted` (names a compile stood in for): every face of a
 * family asked for by its family name (fontspec then finds bold and italic), and the face asked
 * for by its full or PostScript name (`Calibri-Bold`) together with the rest of its family.
 */
export function pickLocalFonts<T extends LocalFontInfo>(available: T[], wanted: string[]): { picked: T[]; found: string[]; notFound: string[] } {
  const keys = new Map(wanted.map((w) => [fontKey(w), w]));
  const families = new Set<string>();
  const found = new Set<string>();
  for (const face of available) {
    for (const name of [face.family, face.fullName, face.postscriptName]) {
      const asked = keys.get(fontKey(name));
      if (asked) { families.add(fontKey(face.family)); found.add(asked); }
    }
  }
  const picked = available.filter((f) => families.has(fontKey(f.family)));
  return { picked, found: [...found], notFound: wanted.filter((w) => !found.has(w)) };
}

/** Why a set of lent fonts is refused, or null when the engine can take it. */
export function localFontsProblem(fonts: Pick<LocalFont, 'bytes'>[]): string | null {
  if (fonts.length > MAX_LOCAL_FONT_FACES) return `${fonts.length} installed font faces were chosen; at most ${MAX_LOCAL_FONT_FACES} can be used in one compile.`;
  const bytes = fonts.reduce((n, f) => n + f.bytes.length, 0);
  if (bytes > MAX_LOCAL_FONT_BYTES) return `The chosen installed fonts are ${(bytes / 1048576).toFixed(0)} MB; at most ${MAX_LOCAL_FONT_BYTES / 1048576} MB can be used in one compile.`;
  return null;
}

/** OpenType with CFF outlines starts "OTTO"; a collection "ttcf"; anything else is read as TrueType. */
function extensionOf(bytes: Uint8Array): string {
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  return tag === 'OTTO' ? '.otf' : tag === 'ttcf' ? '.ttc' : '.ttf';
}

/** Each lent face as an engine file (named by its PostScript name), and the names fontconfig should answer with it. */
export function localFontFiles(fonts: LocalFont[]): { files: Map<string, Uint8Array>; families: { file: string; families: string[] }[] } {
  const files = new Map<string, Uint8Array>();
  const families: { file: string; families: string[] }[] = [];
  fonts.forEach((font, i) => {
    const safe = font.postscriptName.replace(/[^A-Za-z0-9._-]/g, '_') || `font${i}`;
    const file = `${LOCAL_FONTS_DIR}/${i}-${safe}${extensionOf(font.bytes)}`;
    files.set(file, font.bytes);
    // The platform's family name for the face, which the file's own name table may spell
    // otherwise (a localised or Windows-only family name): fontconfig is told it too.
    families.push({ file, families: font.family ? [font.family] : [] });
  });
  return { files, families };
}

/** Names a project may ask for that the lent fonts answer (families, full and PostScript names), as fontKey()s. */
export function coveredNames(fonts: LocalFontInfo[]): Set<string> {
  return new Set(fonts.flatMap((f) => [f.family, f.fullName, f.postscriptName]).filter(Boolean).map(fontKey));
}
