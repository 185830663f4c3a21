import type { TexFileSource } from './bundle';
import { JOB_DIR } from './texmf-cnf';
import type { FamilyStandIn } from './xetex';

/**
 * Stand-ins for font files a XeLaTeX project names by path but does not contain
 * (`\setmainfont{texgyretermes-regular}[Path = fonts/Main/, Extension = .otf]` in a repository
 * that keeps its fonts out of git, or whose fonts folder was not imported). XeTeX then asks
 * for `[fonts/Main/texgyretermes-regular.otf]` and stops. Native xelatex stops the same way;
 * Bespoke instead puts a font at that path and says which:
 * - the same file from TeX Live when the bundle has it (TeX Gyre, Font Awesome, Lato …);
 * - else Latin Modern in the closest style (roman, sans or mono; bold and italic kept), so the
 *   text, pages and words come out and the person knows exactly which font to add.
 */
export interface FontStandIns {
  /** Project path → font bytes to add to the job. */
  files: Map<string, Uint8Array>;
  /** Fonts asked for by name: the job's stand-in files and the names each answers to (fonts.conf). */
  families: FamilyStandIn[];
  /** One plain sentence per stand-in, for the compile's warnings. */
  notes: string[];
}

/** Job folder for stand-ins of fonts asked for by name; fontconfig scans the job at run time. */
export const STAND_IN_DIR = 'bespoke-font-stand-ins';

/** XeTeX's file lookups in the missing-file list: `[fonts/Main/x.otf]/OT.tfm`, `[FontAwesome]`. */
const BRACKETED = /^\[([^\]]+)\]/;
const FONT_EXT = /\.(otf|ttf)$/i;

/** A font file's name without folder and extension, lower-cased: `fonts/Main/Lato-Bold.ttf` → `lato-bold`. */
const stemOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(FONT_EXT, '').toLowerCase();
/** The family part of a face's name, with its hyphen: `texgyretermes-bold` → `texgyretermes-`. */
const familyPrefix = (name: string): string => name.toLowerCase().replace(/-[^-]*$/, '-');

type Kind = 'roman' | 'sans' | 'mono';
/** Kind and style of a font from its file or family name. */
function faceOf(name: string): { kind: Kind; bold: boolean; italic: boolean } {
  const base = name.toLowerCase().replace(FONT_EXT, '');
  const bold = /bold|black|heavy|semibold|demi/.test(base);
  const italic = /italic|oblique|(^|[-_])it\b|[a-z]it$/.test(base);
  if (/mono|code|courier|typewriter|consol/.test(base)) return { kind: 'mono', bold, italic };
  if (/sans|grotesk|helvet|arial|gothic|lato|roboto(?!slab)|open|fira|montserrat|raleway|heros/.test(base)) return { kind: 'sans', bold, italic };
  return { kind: 'roman', bold, italic };
}

/** The Latin Modern cut that stands in for a font file name. */
export function latinModernFor(name: string): string {
  const { kind, bold, italic } = faceOf(name);
  if (kind === 'mono') return italic ? 'lmmono10-italic.otf' : 'lmmono10-regular.otf';
  if (kind === 'sans') return `lmsans10-${bold ? (italic ? 'boldoblique' : 'bold') : italic ? 'oblique' : 'regular'}.otf`;
  return `lmroman10-${bold ? (italic ? 'bolditalic' : 'bold') : italic ? 'italic' : 'regular'}.otf`;
}

/**
 * Latin Modern has no Cyrillic or Greek letters: a stand-in of it leaves a Russian or Greek
 * resume a page of empty boxes (a set 6 project asking for "DejaVu Sans": 20 % of its words
 * left). Such a document gets stand-ins from bundled families that have both scripts.
 */
const WIDE_STAND_INS: Record<Kind, { family: string; regular: string; bold: string; italic: string; boldItalic: string }> = {
  roman: { family: 'Droid Serif', regular: 'DroidSerif-Regular.ttf', bold: 'DroidSerif-Bold.ttf', italic: 'DroidSerif-Italic.ttf', boldItalic: 'DroidSerif-BoldItalic.ttf' },
  sans: { family: 'Roboto', regular: 'Roboto-Regular.otf', bold: 'Roboto-Bold.otf', italic: 'Roboto-Italic.otf', boldItalic: 'Roboto-BoldItalic.otf' },
  mono: { family: 'Droid Sans Mono', regular: 'DroidSansMono.ttf', bold: 'DroidSansMono.ttf', italic: 'DroidSansMono.ttf', boldItalic: 'DroidSansMono.ttf' },
};

/** The Cyrillic- and Greek-capable face that stands in for a font file name. */
export function wideStandInFor(name: string): string {
  const { kind, bold, italic } = faceOf(name);
  const faces = WIDE_STAND_INS[kind];
  return bold ? (italic ? faces.boldItalic : faces.bold) : italic ? faces.italic : faces.regular;
}

/** Which bundled faces stand in for fonts Bespoke lacks, and how the notes name them. */
export interface StandInFaces {
  /** The face for a font file or face name, in its style. */
  face(name: string): string;
  /** The one file every missing name of that kind (roman, sans, mono) answers to. */
  kindFile(name: string): string;
  /** How a note names the family of a stand-in file, and the file itself. */
  familyLabel(file: string): string;
  fileLabel(file: string): string;
  /** Why these faces, said after the name ('' when nothing needs saying). */
  why: string;
}

const latinModernLabel = (file: string): string => `Latin Modern (${file.replace(/\.otf$/, '')})`;
/** Latin Modern: the default look. The 12 pt cuts answer to names, being the ones a document is least likely to load itself. */
export const LATIN_MODERN_STAND_INS: StandInFaces = {
  face: latinModernFor,
  kindFile: (name) => latinModernFor(name).replace(/^lm(roman|sans|mono)10-.*$/, 'lm$112-regular.otf'),
  familyLabel: latinModernLabel,
  fileLabel: latinModernLabel,
  why: '',
};
/** For a document written in Cyrillic or Greek (writesCyrillicOrGreek). */
export const CYRILLIC_GREEK_STAND_INS: StandInFaces = {
  face: wideStandInFor,
  kindFile: (name) => WIDE_STAND_INS[faceOf(name).kind].regular,
  familyLabel: (file) => Object.values(WIDE_STAND_INS).find((f) => f.regular === file)?.family ?? file,
  fileLabel: (file) => file,
  why: ' (Latin Modern has no Cyrillic or Greek letters)',
};

/** Letters of a document written in Cyrillic or Greek (a stray α in a formula does not count). */
const WIDE_SCRIPT_LETTERS = 20;
/** Whether the project's TeX files print Cyrillic or Greek text (XeLaTeX reads them as UTF-8). */
export function writesCyrillicOrGreek(files: Map<string, Uint8Array>): boolean {
  let letters = 0;
  for (const [path, bytes] of files) {
    if (!/\.(tex|cls|sty)$/i.test(path)) continue;
    const text = new TextDecoder().decode(bytes).replace(/(^|[^\\])%.*$/gm, '$1');
    letters += text.match(/[\u0370-\u03ff\u0400-\u04ff]/g)?.length ?? 0;
    if (letters >= WIDE_SCRIPT_LETTERS) return true;
  }
  return false;
}

/** A font name that can also be a file name: packages such as sourcesanspro.sty and roboto.sty
 * load their faces with `Extension = .otf`, and fontspec tests such a face quietly, so the log
 * names the font ("SourceSansPro-Black") but not the file XeTeX looked for. */
const FILE_LIKE_NAME = /^[\w.+-]+$/;

/** The extension the family's other faces have (`[ClearSans-Regular.ttf]` asked for, or in the project), else .otf. */
function extensionOfFamily(name: string, missingFiles: string[]): string {
  const family = familyPrefix(name);
  for (const f of missingFiles) {
    const file = BRACKETED.exec(f)?.[1];
    const ext = file ? FONT_EXT.exec(file)?.[0] : undefined;
    if (ext && stemOf(file!).startsWith(family)) return ext;
  }
  return '.otf';
}

/**
 * Stand-ins for fonts asked for by a name nothing in Bespoke has (`\\setmainfont{Gotham}`,
 * `RobotoSlab-Black`): a Latin Modern font per kind, copied into the job, that fontconfig gives
 * those names as extra family names when it scans the job folder (xetex.ts fontsConf). A name
 * that can be a file name also gets `NAME.otf` beside the main file (`cwd`), in its style, for
 * packages that ask for the file; the caller keeps the project's own files over these.
 */
export function fontNameStandIns(
  missingFonts: string[], missingFiles: string[], bundle: TexFileSource, cwd = '', faces = LATIN_MODERN_STAND_INS,
): FontStandIns {
  const out: FontStandIns = { files: new Map(), families: [], notes: [] };
  // A font asked for by file is named in fontspec's message too: fontStandIns answers for it.
  const byFile = new Set(missingFiles.map((f) => BRACKETED.exec(f)?.[1]).filter((p): p is string => !!p)
    .map(stemOf));
  // One file per kind (roman, sans, mono), every name of that kind on it: XeTeX keeps one font
  // per PostScript name and caches a family's members together, so two stand-ins of one family
  // would hide each other.
  const byCut = new Map<string, string[]>();
  for (const name of new Set(missingFonts)) {
    if (byFile.has(name.toLowerCase())) continue;
    const cut = faces.kindFile(name);
    byCut.set(cut, [...(byCut.get(cut) ?? []), name]);
  }
  if (byCut.size === 0) return out;
  const inBundle = new Map<string, string>();
  for (const [path] of bundle.list()) if (FONT_EXT.test(path)) inBundle.set(path.slice(path.lastIndexOf('/') + 1), path);
  for (const [cut, names] of byCut) {
    const from = inBundle.get(cut);
    if (!from) continue;
    const file = `${STAND_IN_DIR}/${cut}`;
    out.files.set(file, bundle.read(from));
    out.families.push({ file: `${JOB_DIR}/${file}`, families: names });
    for (const name of names.filter((n) => FILE_LIKE_NAME.test(n))) {
      const styled = inBundle.get(faces.face(name)) ?? from;
      // .otf (what TeX Live's font packages ask for), and the extension the family's other faces had.
      for (const ext of new Set(['.otf', extensionOfFamily(name, missingFiles)])) {
        out.files.set(`${cwd ? `${cwd}/` : ''}${name}${ext}`, bundle.read(styled));
      }
    }
    out.notes.push(`Font: ${names.map((n) => `"${n}"`).join(', ')} ${names.length > 1 ? 'are' : 'is'} not installed in Bespoke; ${faces.familyLabel(cut)} stands in${faces.why}. Add the .otf or .ttf files to the resume's folder for the real look.`);
  }
  return out;
}

/**
 * For each bracketed font file that a failed XeLaTeX pass could not find (and the project does
 * not hold), the bytes to put at that path and the note that says so. `cwd` is the main
 * file's folder: XeTeX resolves the bracketed path from there.
 */
export function fontStandIns(
  missingFiles: string[], project: Map<string, Uint8Array>, cwd: string, bundle: TexFileSource, missingNames: string[] = [],
  faces = LATIN_MODERN_STAND_INS,
): FontStandIns {
  const wanted = [...new Set(missingFiles.map((f) => BRACKETED.exec(f)?.[1]).filter((p): p is string => !!p))];
  const out: FontStandIns = { files: new Map(), families: [], notes: [] };
  if (wanted.length === 0) return out;
  const byName = new Map<string, string>();
  for (const [path] of bundle.list()) {
    if (FONT_EXT.test(path)) byName.set(path.slice(path.lastIndexOf('/') + 1).toLowerCase(), path);
  }
  // fontspec names a family's other faces without the path (`BoldItalicFont = texgyretermes-bolditalic`
  // under `Path = fonts/Main/`): a missing name that is a TeX Live file goes to the same folders.
  for (const name of missingNames) {
    const file = byName.has(`${name.toLowerCase()}.otf`) ? `${name}.otf` : byName.has(`${name.toLowerCase()}.ttf`) ? `${name}.ttf` : null;
    if (!file || wanted.some((p) => stemOf(p) === name.toLowerCase())) continue;
    // The folder of the family's other faces (texgyretermes-bold → texgyretermes-bolditalic).
    const family = familyPrefix(name);
    const sibling = wanted.find((p) => p.includes('/') && stemOf(p).startsWith(family));
    if (sibling) wanted.push(`${sibling.slice(0, sibling.lastIndexOf('/'))}/${file}`);
  }
  for (const asked of wanted) {
    if (asked.includes('..') || asked.startsWith('/')) continue;
    const target = FONT_EXT.test(asked) ? asked : `${asked}.otf`;
    const where = cwd ? `${cwd}/${target}` : target;
    if (project.has(where) || out.files.has(where)) continue;
    const file = target.slice(target.lastIndexOf('/') + 1);
    const same = byName.get(file.toLowerCase()) ?? (FONT_EXT.test(asked) ? undefined : byName.get(`${file.slice(0, -4)}.ttf`.toLowerCase()));
    const face = faces.face(file);
    const standIn = same ?? byName.get(face.toLowerCase());
    if (!standIn) continue;
    out.files.set(where, bundle.read(standIn));
    out.notes.push(same
      ? `Font: ${asked} is not in the project; TeX Live's copy of the same font (${standIn.slice(standIn.lastIndexOf('/') + 1)}) was used.`
      : `Font: ${asked} is not in the project or in TeX Live; ${faces.fileLabel(face)}${faces.why} stands in for it. Add the font's file to the resume's folder for its real look.`);
  }
  return out;
}
