import type { TexmfAddition } from './overlay-source';
import { runPass, type EngineAssets, type XetexAssets } from './run-pass';
import { JOB_DIR, TEXMF_ROOT } from './texmf-cnf';
import { coveredNames, fontKey, localFontFiles, LOCAL_FONTS_DIR } from './local-fonts';
import type { LocalFont, TexError } from './types';

/**
 * XeLaTeX in WebAssembly: `xetex -no-pdf` writes an .xdv (XeTeX cannot spawn xdvipdfmx inside
 * WebAssembly), then xdvipdfmx turns it into the PDF. Fonts asked for by name are found by
 * fontconfig among the bundle's OpenType/TrueType fonts (a cache made at build time, so the
 * fonts are not read to be listed) and the project's own files.
 */
export const XELATEX_PROGRAM_PATH = '/bin/xelatex';
export const XDVIPDFMX_PATH = '/bin/xdvipdfmx';
export const FONTCONFIG_DIR = '/texlive/fontconfig';
export const FONTCONFIG_CACHE_DIR = `${FONTCONFIG_DIR}/cache`;
/** ICU looks its data file up by this name (icudt<major><endianness>.dat) in ICU_DATA. */
export const ICU_DATA_NAME = 'icudt76l.dat';
export const ICU_DATA_DIR = '/texlive/icu';

/**
 * Free fonts with the same metrics as proprietary ones a template may ask for by name.
 * Fontconfig adds the proprietary name as a family of the substitute when it reads the cache, so
 * XeTeX finds it; compile-job names each substitution that the log shows was used.
 */
export const FONT_SUBSTITUTES: Record<string, string> = {
  'Times New Roman': 'TeX Gyre Termes',
  Times: 'TeX Gyre Termes',
  Helvetica: 'TeX Gyre Heros',
  'Helvetica Neue': 'TeX Gyre Heros',
  Arial: 'TeX Gyre Heros',
  'Courier New': 'TeX Gyre Cursor',
  Courier: 'TeX Gyre Cursor',
  Calibri: 'Carlito',
  Cambria: 'Caladea',
  Palatino: 'TeX Gyre Pagella',
  'Palatino Linotype': 'TeX Gyre Pagella',
  'Book Antiqua': 'TeX Gyre Pagella',
  'Century Schoolbook': 'TeX Gyre Schola',
  // Newer releases of free families, renamed: TeX Live has the previous release.
  'Source Sans 3': 'Source Sans Pro',
};

/** Names in FONT_SUBSTITUTES that are free fonts Bespoke has under their earlier name, not proprietary ones. */
const RENAMED_FREE_FONTS = new Set(['Source Sans 3']);

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Folders of fetched packages' OpenType/TrueType fonts: not in the build's cache, so named to be scanned. */
function fetchedFontDirs(texmf?: TexmfAddition): string[] {
  const dirs = new Set<string>();
  for (const path of Object.keys(texmf?.files ?? {})) {
    if (/^fonts\/(opentype|truetype)\/.*\.(otf|ttf)$/i.test(path)) dirs.add(`${TEXMF_ROOT}/${path.slice(0, path.lastIndexOf('/'))}`);
  }
  return [...dirs].sort();
}

/**
 * fonts.conf: the bundle's font folders, the project folder (a template's own fonts), fetched
 * packages' font folders, the cache, and the substitutes (scan-time edits, so the cache made at
 * build time already holds them).
 */
export function fontsConf(extraDirs: string[] = [], standIns: FamilyStandIn[] = [], lent: Set<string> = new Set()): string {
  // Stand-ins' folder comes first: XeTeX keeps the first font of a PostScript name, and a stand-in
  // is a copy of a bundle font (same PS name) that must be the one kept, with its extra names.
  // A name the user's own installed fonts answer (`lent`) gets no substitute: the real font wins.
  const aliases = Object.entries(FONT_SUBSTITUTES).filter(([wanted]) => !lent.has(fontKey(wanted))).map(([wanted, free]) => `  <match target="scan">
    <test name="family"><string>${xmlEscape(free)}</string></test>
    <edit name="family" mode="append"><string>${xmlEscape(wanted)}</string></edit>
  </match>`).concat(standIns.map(({ file, families }) => `  <match target="scan">
    <test name="file"><string>${xmlEscape(file)}</string></test>
${families.map((f) => `    <edit name="family" mode="append"><string>${xmlEscape(f)}</string></edit>`).join('\n')}
  </match>`)).join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${standIns.map(({ file }) => `  <dir>${xmlEscape(file.slice(0, file.lastIndexOf('/')))}</dir>\n`).filter((d, i, all) => all.indexOf(d) === i).join('')}  <dir>${TEXMF_ROOT}/fonts/opentype</dir>
  <dir>${TEXMF_ROOT}/fonts/truetype</dir>
  <dir>${JOB_DIR}</dir>
${extraDirs.map((d) => `  <dir>${xmlEscape(d)}</dir>\n`).join('')}  <cachedir>${FONTCONFIG_CACHE_DIR}</cachedir>
${aliases}
</fontconfig>
`;
}

/** A font file in the job (absolute path) that answers to names a project asked for (font-stand-ins.ts). */
export interface FamilyStandIn { file: string; families: string[] }

/** The engine assets for a XeLaTeX pass: same bundle, XeTeX's program, format and setup files. */
export function xetexEngineAssets(
  shared: EngineAssets, xe: XetexAssets, texmf?: TexmfAddition, standIns: FamilyStandIn[] = [], localFonts: LocalFont[] = [],
): EngineAssets {
  const encoder = new TextEncoder();
  const lent = localFontFiles(localFonts);
  const conf = fontsConf([...fetchedFontDirs(texmf), ...(localFonts.length ? [LOCAL_FONTS_DIR] : [])],
    [...lent.families, ...standIns], coveredNames(localFonts));
  const supportFiles = new Map<string, Uint8Array>([
    [`${FONTCONFIG_DIR}/fonts.conf`, encoder.encode(conf)],
    [`${ICU_DATA_DIR}/${ICU_DATA_NAME}`, xe.icuData],
    ...lent.files,
  ]);
  for (const [name, bytes] of xe.fontCache) supportFiles.set(`${FONTCONFIG_CACHE_DIR}/${name}`, bytes);
  return {
    ...shared,
    factory: xe.xetex.factory,
    wasm: xe.xetex.wasm,
    format: xe.format,
    programPath: XELATEX_PROGRAM_PATH,
    formatName: 'xelatex.fmt',
    supportFiles,
    env: {
      FONTCONFIG_FILE: `${FONTCONFIG_DIR}/fonts.conf`,
      FONTCONFIG_PATH: FONTCONFIG_DIR,
      ICU_DATA: ICU_DATA_DIR,
      // fontconfig takes this as every folder's time stamp: the build's cache stays valid.
      SOURCE_DATE_EPOCH: '1710288000',
    },
  };
}

/** The warning for each substitution substitutedNames() found. */
export function substitutionNotes(used: Map<string, string>): string[] {
  return [...used].map(([asked, free]) => (RENAMED_FREE_FONTS.has(asked)
    ? `Font: "${asked}" is not in Bespoke; its earlier release under the name "${free}" was used in its place.`
    : `Font: "${asked}" is not free to ship, so the metric-compatible "${free}" was used in its place.`));
}

/**
 * The FONT_SUBSTITUTES entries a project asks for by name (and the user's installed fonts do not
 * answer): proprietary (or renamed free) names given as a font argument (`\setmainfont{Times New
 * Roman}`, `\newfontfamily\x{Calibri}[…]`), outside comments. The log cannot tell: fontspec records
 * the name asked for, and fontconfig answered with the substitute.
 */
export function substitutedNames(files: Map<string, Uint8Array>, lent: Set<string> = new Set()): Map<string, string> {
  const decoder = new TextDecoder();
  const used = new Map<string, string>();
  for (const [path, bytes] of files) {
    if (!/\.(tex|cls|sty|xtx)$/i.test(path)) continue;
    const text = decoder.decode(bytes).replace(/(^|[^\\])%.*$/gm, '$1');
    for (const [asked, free] of Object.entries(FONT_SUBSTITUTES)) {
      if (lent.has(fontKey(asked))) continue;
      if (new RegExp(`\\{\\s*${asked.replace(/ /g, '\\s*')}\\s*\\}`).test(text)) used.set(asked, free);
    }
  }
  return used;
}
/**
 * Font maps for xdvipdfmx, as TeX Live's dvipdfmx.cfg names them (the bundle ships no
 * dvipdfmx.cfg): without pdftex.map, a TFM font without an OpenType file of its name —
 * `\\usepackage[T1]{fontenc}`'s ec fonts, drawn with Latin Modern's outlines — stops xdvipdfmx ("Cannot proceed
 * without .vf or physical font").
 */
const XDVIPDFMX_MAPS = ['-f', 'pdftex.map', '-f', 'cid-x.map'];

/** Turns the last pass's .xdv into the PDF (xdvipdfmx reads the fonts by the paths XeTeX wrote). */
export async function runXdvipdfmx(
  assets: EngineAssets, xe: XetexAssets, files: Map<string, Uint8Array>, cwd: string, jobName: string,
): Promise<{ pdf: Uint8Array | null; errors: TexError[] }> {
  const prefix = cwd ? `${cwd}/` : '';
  const program = { ...xe.xdvipdfmx, path: XDVIPDFMX_PATH };
  const pass = await runPass(assets, { files, cwd, args: ['-q', ...XDVIPDFMX_MAPS, '-o', `${jobName}.pdf`, `${jobName}.xdv`], program });
  const pdf = pass.files.get(`${prefix}${jobName}.pdf`) ?? null;
  if (pdf && pass.status === 0) return { pdf, errors: [] };
  const said = pass.terminal.trim().split('\n').slice(-6).join('\n');
  return { pdf: null, errors: [{ file: null, line: null, message: `xdvipdfmx could not make the PDF (exit ${pass.status}):\n${said}` }] };
}
