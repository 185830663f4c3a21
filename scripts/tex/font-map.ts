// pdfTeX map lines for the shipped fonts (pack-bundle.ts cuts pdftex.map down to them).

/**
 * Each TFM name of a map file (pdftex.map, a package's .map) with the Type 1 outline its line
 * draws it with (`<file.pfb`, `<<file.pfb` embedded whole, `<[file.pfb`), comment lines skipped.
 */
export function mapOutlines(map: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of map.split('\n')) {
    const pfb = /<<?\[?([^\s<[]+\.pfb)/.exec(line)?.[1];
    if (pfb && !/^[%#]/.test(line)) out.push([line.trim().split(/\s+/)[0]!, pfb]);
  }
  return out;
}

/** The file name of a texmf path (`fonts/type1/public/cm-super/sfrm1000.pfb` → `sfrm1000.pfb`). */
export const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
/** A cm-super outline: family (sfrm, sfbx …) and design size in hundredths of a point. */
const CM_SUPER = /^(sf[a-z]+)(\d{4})\.pfb$/;

/** The item whose design size is nearest the wanted one, by ratio (12 pt is as far from 10 as 14.4 from 12). */
function nearestDesignSize<T>(items: T[], sizeOf: (item: T) => number, wanted: number): T {
  const distance = (item: T): number => Math.abs(Math.log(sizeOf(item) / wanted));
  return items.reduce((best, item) => (distance(item) < distance(best) ? item : best));
}

/**
 * cm-super draws each EC family at 14 design sizes whose outlines differ only subtly; the bundle
 * ships some sizes (tier.json outlines.cmSuperOutlineSizes). The returned rewrite points a map line
 * naming an unshipped size at the nearest shipped size of the same family: metrics still come from
 * that size's own TFM, so line breaks, pages and text are those of native pdfLaTeX; only the drawn
 * outline is a neighbouring optical size, scaled. A slanted family with no shipped size is drawn
 * with its upright family, slanted (SLANTED_CM_SUPER); any other family with no shipped size keeps
 * its line, so the compile names the missing outline and its package (cm-super), which can be fetched.
 */
export function cmSuperSubstitution(shipped: Set<string>): (line: string) => string {
  const sizesOf = new Map<string, number[]>();
  for (const name of shipped) {
    const m = CM_SUPER.exec(name);
    if (m) sizesOf.set(m[1]!, [...(sizesOf.get(m[1]!) ?? []), Number(m[2])]);
  }
  return (line) => {
    const pfb = /<([^\s"<[]+\.pfb)/.exec(line)?.[1];
    const m = pfb && !shipped.has(fileName(pfb)) ? CM_SUPER.exec(fileName(pfb)) : null;
    if (!pfb || !m) return line;
    const slanted = sizesOf.has(m[1]!) ? undefined : SLANTED_CM_SUPER[m[1]!];
    const family = slanted && sizesOf.has(slanted.upright) ? slanted.upright : m[1]!;
    const sizes = sizesOf.get(family);
    if (!sizes) return line;
    const nearest = nearestDesignSize(sizes, (size) => size, Number(m[2]));
    const stem = `${family}${String(nearest).padStart(4, '0')}`;
    const drawn = line.replace(/^(\S+)\s+\S+/, `$1 ${stem.toUpperCase()}`).replace(`<${pfb}`, `<${stem}.pfb`);
    return family === m[1] ? drawn : drawn.replace(/"([^"]*)"/, (_, ps: string) => `" ${slanted!.slant} SlantFont ${ps.trim()} "`);
  };
}

/**
 * cm-super's EC families and the Latin Modern family of the same Computer Modern design (upright,
 * oblique, italic, bold, caps, sans, typewriter …). cm-super's fonts are autotraced from the EC
 * bitmaps; Latin Modern redraws the same design, its Type 1 fonts ship whole (tier.json allOf) and
 * carry every glyph of the T1 (Cork) and TS1 layouts. Bold extended caps (sfxc) has no Latin Modern
 * twin and keeps its cm-super line.
 */
const LATIN_MODERN_OF_CM_SUPER: Record<string, string> = {
  sfrm: 'lmr', sfsl: 'lmro', sfti: 'lmri', sfbx: 'lmbx', sfbl: 'lmbxo', sfbi: 'lmbxi', sfrb: 'lmb', sfui: 'lmu',
  sfcc: 'lmcsc', sfss: 'lmss', sfsi: 'lmsso', sfsx: 'lmssbx', sfso: 'lmssbo', sfdh: 'lmdunh',
  sftt: 'lmtt', sfst: 'lmtto', sfit: 'lmtti', sftc: 'lmtcsc', sfvt: 'lmvtt', sfvi: 'lmvtto',
};

/**
 * T1 text in the EC fonts (`\usepackage[T1]{fontenc}` and no font package, common in real CVs) drawn with Latin Modern's outlines instead of cm-super's, which would cost
 * ~7 MB of the zip for the common sizes alone. The returned rewrite gives an EC map line Latin
 * Modern's own line for that family at the nearest design size (its PostScript name, its encoding
 * with its glyph names, its .pfb) under the EC font's TFM name: metrics stay EC's own, so line
 * breaks, pages and text are native pdfLaTeX's; the drawn glyphs are Latin Modern's, as with
 * `\usepackage{lmodern}`. Other lines are returned unchanged and keep cm-super, drawn at its
 * shipped sizes (cmSuperSubstitution): Cyrillic (T2A/T2B/T2C/X2) has no Latin Modern glyphs, and
 * Latin Modern's TS1 glyphs (the text companion: \textbullet, \textcopyright, \texttrademark, €)
 * differ from EC's metrics enough to show (a bullet off centre, ™ touching the next letter).
 * Only Latin Modern lines whose outline and encoding ship are used.
 */
export function latinModernSubstitution(map: string, shipped: Set<string>): (line: string) => string {
  const twins = new Map<string, { size: number; line: string }[]>();
  for (const raw of map.split('\n')) {
    const line = raw.trim();
    const m = /^ec-(lm[a-z]+?)(\d+)\s/.exec(line);
    const files = [...line.matchAll(/<([^\s<[]+\.(?:pfb|enc))/g)].map((f) => f[1]!);
    if (!m || !files.some((f) => f.endsWith('.pfb')) || !files.every((f) => shipped.has(f))) continue;
    twins.set(m[1]!, [...(twins.get(m[1]!) ?? []), { size: Number(m[2]), line }]);
  }
  return (line) => {
    const t1 = /<cm-super-t1\.enc(?:\s|$)/.test(line);
    const pfb = /<([^\s"<[]+\.pfb)/.exec(line)?.[1];
    const m = pfb ? CM_SUPER.exec(fileName(pfb)) : null;
    const family = m ? LATIN_MODERN_OF_CM_SUPER[m[1]!] : undefined;
    const candidates = t1 && family ? twins.get(family) : undefined;
    if (!candidates) return line;
    const nearest = nearestDesignSize(candidates, (c) => c.size, Number(m![2]) / 100);
    return nearest.line.replace(/^\S+/, line.split(/\s+/)[0]!);
  };
}

/**
 * Computer Modern's slanted faces are its upright ones slanted (the METAFONT sources differ only
 * in `slant`: 1/6 for roman, bold and typewriter, 1/12 for sans). A slanted cm-super family the
 * bundle does not ship (bold slanted `sfbl`, slanted typewriter `sfst`) is drawn with its upright
 * family and pdfTeX's SlantFont: metrics its own, text the same, and at 150 dpi the same pixels
 * as the real outline (checked with native pdflatex on ecbl1440 and ecst1440).
 */
const SLANTED_CM_SUPER: Record<string, { upright: string; slant: string }> = {
  sfsl: { upright: 'sfrm', slant: '.16667' },
  sfbl: { upright: 'sfbx', slant: '.16667' },
  sfst: { upright: 'sftt', slant: '.16667' },
  sfsi: { upright: 'sfss', slant: '.08333' },
  sfso: { upright: 'sfsx', slant: '.08333' },
};

/**
 * Fonts TeX Live has only as METAFONT sources and metrics (cm-mf-extra-bold, which `bold-extra`
 * loads for bold small caps and bold typewriter), drawn with the outline of the same design that
 * another shipped package has, re-encoded to the METAFONT font's layout. Native pdfLaTeX makes a
 * bitmap (Type 3, text unreadable by an ATS: "Strae" for "Straße"); with these lines the metrics
 * stay the font's own TFM (same pages, same line breaks) and the PDF has a Type 1 font whose text
 * extracts. cmbcsc10 is the cm bold caps and small caps (cm-super's extended bold small caps is its
 * closest outline), cmttb10/cmbtt* the bold typewriter (Latin Modern's dark typewriter, same
 * 0.525 em advance). lm-rmsc.enc is the OT1 caps-and-small-caps layout of cmcsc10, lm-rep-cmtt.enc
 * cmtt's; both use the glyph names these outlines have.
 */
export const METAFONT_STAND_INS: string[] = [
  'cmbcsc10 SFXC1000 " enclmrmsc ReEncodeFont " <lm-rmsc.enc <sfxc1000.pfb',
  ...['cmttb10', 'cmbtt10', 'cmbtt9', 'cmbtt8'].map((tfm) => `${tfm} LMMono10-Dark " enclmrepcmtt ReEncodeFont " <lm-rep-cmtt.enc <lmtk10.pfb`),
];

/** A stand-in line is usable when its TFM, encoding and outline all ship. */
function standInsFor(shipped: Set<string>): string[] {
  return METAFONT_STAND_INS.filter((line) => {
    const files = [`${line.split(' ')[0]}.tfm`, ...[...line.matchAll(/<([^\s<]+)/g)].map((m) => m[1]!)];
    return files.every((file) => shipped.has(file));
  });
}

/** Keeps the map lines whose TFM or font/encoding file is in the bundle: EC text drawn with Latin Modern, other cm-super sizes pointed at shipped ones. */
export function filterMap(map: string, shipped: Set<string>): string {
  const toLatinModern = latinModernSubstitution(map, shipped);
  const substitute = cmSuperSubstitution(shipped);
  const kept: string[] = [];
  for (const line of map.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('%') || t.startsWith('#')) continue;
    const mapped = substitute(toLatinModern(t));
    const tfm = mapped.split(/\s+/)[0]!;
    if (shipped.has(`${tfm}.tfm`) || [...mapped.matchAll(/<[<[]?([^\s"<[]+\.(?:pfb|pfa|enc|ttf|otf))/g)].some((f) => shipped.has(fileName(f[1]!)))) {
      kept.push(mapped);
    }
  }
  kept.push(...standInsFor(shipped));
  return `% pdftex.map cut down by Bespoke to the fonts shipped in the bundle\n${kept.join('\n')}\n`;
}
