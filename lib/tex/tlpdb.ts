/**
 * TeX Live's package database (`tlpkg/texlive.tlpdb`): one record per package, blank-line
 * separated, `key value` lines, file lists indented by one space. Bespoke reads it twice:
 * at build time (Debian's copy of the release, to choose the offline bundle and to write the
 * file → package index) and at run time (the mirror's copy, for the checksums and
 * dependencies of a package the user asked to fetch).
 */
export interface TlPackage {
  name: string;
  category: string;
  revision: number;
  /** Other packages (or collections) this one depends on. */
  depends: string[];
  /** Runtime files relative to texmf-dist (`RELOC/` or `texmf-dist/` stripped): `tex/latex/curve/curve.cls`. */
  runfiles: string[];
  /** `execute` lines: `addMap foo.map`, `AddHyphen …`. */
  execute: string[];
  /** SHA-512 (hex) and size of the runtime container `archive/<name>.tar.xz`. */
  containerChecksum: string | null;
  containerSize: number | null;
  license: string | null;
}

/** Parses a whole tlpdb; unknown keys are ignored, so newer releases still read. */
export function parseTlpdb(text: string): Map<string, TlPackage> {
  const out = new Map<string, TlPackage>();
  let current: TlPackage | null = null;
  let inRunfiles = false;
  for (const line of text.split('\n')) {
    if (line === '') {
      current = null;
      inRunfiles = false;
      continue;
    }
    if (line.startsWith(' ')) {
      if (current && inRunfiles) {
        // Relocatable packages say RELOC/, the others name the tree: both mean texmf-dist.
        const path = line.trim().split(' ')[0]!.replace(/^(RELOC|texmf-dist)\//, '');
        current.runfiles.push(path);
      }
      continue;
    }
    const space = line.indexOf(' ');
    const key = space < 0 ? line : line.slice(0, space);
    const value = space < 0 ? '' : line.slice(space + 1);
    inRunfiles = key === 'runfiles';
    if (key === 'name') {
      current = {
        name: value, category: '', revision: 0, depends: [], runfiles: [], execute: [],
        containerChecksum: null, containerSize: null, license: null,
      };
      out.set(value, current);
      continue;
    }
    if (!current) continue;
    if (key === 'category') current.category = value;
    else if (key === 'revision') current.revision = Number(value);
    else if (key === 'depend') current.depends.push(value);
    else if (key === 'execute') current.execute.push(value);
    else if (key === 'containerchecksum') current.containerChecksum = value;
    else if (key === 'containersize') current.containerSize = Number(value);
    else if (key === 'catalogue-license') current.license = value;
  }
  return out;
}

/** The font map files a package asks updmap to add (`execute addMap foo.map` / `addMixedMap`). */
export function fontMapsOf(pkg: TlPackage): string[] {
  return pkg.execute.map((e) => /^add(?:Mixed)?Map\s+(\S+)/.exec(e)?.[1]).filter((m): m is string => !!m);
}

/** The release a tlpdb belongs to (`depend release/2024` of `00texlive.config`). */
export function tlpdbRelease(db: Map<string, TlPackage>): number | null {
  const dep = db.get('00texlive.config')?.depends.find((d) => d.startsWith('release/'));
  return dep ? Number(dep.slice('release/'.length)) : null;
}

/**
 * A package and everything it depends on, collections expanded, architecture-specific
 * packages (`name.ARCH`, binaries) left out: they have no runtime TeX files for a wasm engine.
 */
export function withDependencies(db: Map<string, TlPackage>, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name) || name.includes('.ARCH') || name.includes('.')) continue;
    const pkg = db.get(name);
    if (!pkg) continue;
    seen.add(name);
    stack.push(...pkg.depends);
  }
  return seen;
}

/**
 * What pdfLaTeX, XeLaTeX and BibTeX open at run time under fonts/ and bibtex/ (AFM metrics, font
 * sources, example .bib databases stay out); under tex/ see texRunfile.
 */
const RUNTIME_EXTENSIONS = new Set([
  'tex', 'sty', 'cls', 'def', 'cfg', 'fd', 'clo', 'ldf', 'ltx', 'dict', 'cmap', 'cnf',
  'ini', 'lco', 'dfu', 'sto', 'idf', 'prf', 'tpl', 'mdf', 'cnt', 'icc', 'xmp', 'dat', 'sym', 'bdf',
  'pdf', 'png',
  'tfm', 'vf', 'enc', 'map', 'pfb', 'ttf',
  // XeLaTeX: OpenType fonts, TECkit mappings (tex-text.tec), font feature files.
  'otf', 'tec', 'fea',
  'bst', 'bbx', 'cbx', 'lbx', 'dbx', 'csf',
]);

/**
 * Under tex/, TeX Live's runfiles are what TeX reads by name, whatever the extension: tagpdf's
 * parent–child rules (.csv) and list CSS (.html), which every document with
 * \DocumentMetadata{testphase=…} reads; translations' dictionaries (.trsl), minitoc's (.mld),
 * zref-clever's (.lang), pgfornament's ornaments (.pgf) … An allow-list of extensions missed each
 * of these. Left out: LuaTeX's own folders and Lua code, which neither pdfTeX nor XeTeX reads;
 * EPS/PostScript pictures, which neither can include here (no PostScript interpreter: a
 * package's ready-made PDF of the picture is what pdfLaTeX takes); tex4ht's configurations (.4ht,
 * read only by tex4ht); scripts (.py, .pl); text files (.txt: READMEs, and the Unicode and
 * hyphenation data that only format dumps and LuaTeX read — 3.6 MB); sound and video (mwe's
 * example-movie.mp4, 194 KB: only a media package embeds such a file, never into a résumé) and
 * Flash (media9's players, 1.6 MB: no PDF viewer has played them since 2020).
 */
function texRunfile(path: string): boolean {
  if (/^tex\/(luatex|lualatex|context|optex)\//.test(path)) return false;
  return !/\.(lua|luc|eps|ps|4ht|py|pl|txt|mp4|mov|avi|webm|mp3|wav|ogg|swf)$/i.test(path) && path.lastIndexOf('.') > path.lastIndexOf('/');
}

/**
 * METAFONT's inputs: plain.mf and modes.mf (metafont/), and a font's sources (fonts/source/). A
 * font TeX Live has only in METAFONT form (ifsym, dingbat) is drawn from them as pdflatex's
 * mktexpk does (lib/tex/metafont.ts).
 */
export function metafontSource(path: string): boolean {
  // Fonts' sources input more than .mf files: ifsym's clock and geometry fonts read `ifclk.gen`.
  return /\.(mf|gen|def|mac|cmn|cal|xtr)$/.test(path) && (path.startsWith('metafont/') || path.startsWith('fonts/source/'));
}

/** Whether a texmf path is a runtime file of pdfLaTeX, BibTeX or METAFONT (what the bundle and fetches keep). */
export function runtimeFile(path: string): boolean {
  if (metafontSource(path)) return true;
  if (path.startsWith('tex/')) return texRunfile(path);
  if (!path.startsWith('fonts/') && !path.startsWith('bibtex/')) return false;
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && RUNTIME_EXTENSIONS.has(path.slice(dot + 1));
}

