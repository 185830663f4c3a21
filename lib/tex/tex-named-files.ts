/**
 * Which files of an oversized folder a LaTeX build can need. A CV often lives in a repository
 * that holds much more: a personal website with lecture slides, videos and PDFs of papers
 * (hundreds of MB). Refusing the whole folder leaves that person with nothing, so when a
 * folder is over the limits, Bespoke keeps TeX's own files and every other file that one of
 * them names, and leaves the rest out, saying so.
 */

/** Sources TeX reads as text: kept, and searched for the names of other files. */
const TEX_TEXT = /\.(tex|ltx|xtx|cls|sty|bib|bbl|bst|cfg|def|clo|fd|ldf|bbx|cbx|lbx|dbx|mf)$/i;
/**
 * Font files: kept without being named, because TeX finds them by a family name the
 * source spells differently (fontspec's `Path=fonts/, UprightFont=*-Regular`, a .map line).
 */
const FONT_FILE = /\.(tfm|vf|enc|map|pfb|afm|otf|ttf|ttc)$/i;
/** What epstopdf names the PDF it makes of `photo.eps` (read when the source says `photo`). */
const EPSTOPDF_SUFFIX = '-eps-converted-to';

/** The EPS image's stem whose epstopdf output has the stem `stem` (`photo-eps-converted-to` → `photo`), or null. */
export function epsSourceStem(stem: string): string | null {
  return stem.endsWith(EPSTOPDF_SUFFIX) ? stem.slice(0, -EPSTOPDF_SUFFIX.length) : null;
}

export interface SizedPath {
  path: string;
  bytes: number;
}

export interface TexFileSelection {
  /** Paths to keep, in the order given. */
  kept: string[];
  /** Paths left out: no TeX file of the folder names them. */
  leftOut: string[];
  leftOutBytes: number;
}

/** Whether TeX reads this file as a source (so its text can name other files). */
export function isTexText(path: string): boolean {
  return TEX_TEXT.test(path);
}

function stemOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Keeps TeX sources, fonts, and every other file whose name (without its extension, as
 * `\includegraphics{photo}` writes it) occurs in a source's text; an epstopdf output counts as
 * named when its .eps is. Generous on purpose: a short name found by chance costs some bytes,
 * a needed image left out costs the compile.
 */
export function selectTexFiles(entries: SizedPath[], readText: (path: string) => string): TexFileSelection {
  const texts = entries.filter((e) => isTexText(e.path)).map((e) => readText(e.path));
  const named = (stem: string) => stem.length > 0 && texts.some((text) => text.includes(stem));
  const kept: string[] = [];
  const leftOut: string[] = [];
  let leftOutBytes = 0;
  for (const entry of entries) {
    const stem = stemOf(entry.path);
    const epsSource = epsSourceStem(stem);
    const keep = isTexText(entry.path) || FONT_FILE.test(entry.path) || named(stem) || (epsSource !== null && named(epsSource));
    if (keep) kept.push(entry.path);
    else {
      leftOut.push(entry.path);
      leftOutBytes += entry.bytes;
    }
  }
  return { kept, leftOut, leftOutBytes };
}

/** One line for the person: how much was left out, with a few names. */
export function leftOutNote(selection: TexFileSelection): string | null {
  const count = selection.leftOut.length;
  if (count === 0) return null;
  const examples = selection.leftOut.slice(0, 3).join(', ');
  const more = count > 3 ? ` and ${count - 3} more` : '';
  return `Left out ${count} file${count === 1 ? '' : 's'} (${(selection.leftOutBytes / 1048576).toFixed(1)} MB) that no TeX file of the folder names: ${examples}${more}. Add any the resume needs.`;
}
