import { localFontsProblem, pickLocalFonts, type LocalFontInfo } from './local-fonts';
import type { LocalFont } from './types';

/** The Local Font Access API's FontData (Chrome 103+; not in TypeScript's DOM types yet). */
interface FontData extends LocalFontInfo { blob(): Promise<Blob> }
type QueryLocalFonts = (options?: { postscriptNames?: string[] }) => Promise<FontData[]>;

function queryLocalFontsOf(scope: unknown): QueryLocalFonts | null {
  const query = (scope as { queryLocalFonts?: QueryLocalFonts } | undefined)?.queryLocalFonts;
  return typeof query === 'function' ? query.bind(scope) : null;
}

/** Whether this browser can lend installed fonts (Chrome's Local Font Access; Firefox has none). */
export function localFontAccessAvailable(scope: unknown = globalThis): boolean {
  return queryLocalFontsOf(scope) !== null;
}

export interface LentFonts { fonts: LocalFont[]; found: string[]; notFound: string[] }

/**
 * Reads the installed faces that answer `wanted` (a compile's `fontsStoodIn`). Must run on the
 * user's click: the browser asks the user for the "fonts" permission the first time. Only the
 * chosen faces' bytes are read; nothing is stored here.
 */
export async function readLocalFonts(wanted: string[], scope: unknown = globalThis): Promise<LentFonts> {
  const query = queryLocalFontsOf(scope);
  if (!query) throw new Error('This browser cannot read the fonts installed on this computer (Chrome can). Add the font files to the resume instead.');
  let available: FontData[];
  try {
    available = await query();
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      throw new Error('The browser did not allow Bespoke to read your installed fonts. Allow "Fonts" for Bespoke in the site settings, or add the font files to the resume.');
    }
    throw err;
  }
  const { picked, found, notFound } = pickLocalFonts(available, wanted);
  const fonts = await Promise.all(picked.map(async (face): Promise<LocalFont> => ({
    family: face.family, fullName: face.fullName, postscriptName: face.postscriptName, style: face.style,
    bytes: new Uint8Array(await (await face.blob()).arrayBuffer()),
  })));
  const problem = localFontsProblem(fonts);
  if (problem) throw new Error(problem);
  return { fonts, found, notFound };
}
