// Chooses the offline bundle by principle (scripts/tex/tier.json): whole TeX Live packages —
// the LaTeX core and recommended collections, the languages, the fonts they need — plus every
// package that a gathered real resume project loads (scripts/tex/eval/usage.json), every light
// font-free macro package of the extra collections (tier.json macroPackages),
// plus every package a recorded document read (record-files.ts: corpus and coverage documents),
// plus what all of these load in turn (dependencies.ts). Writes
// $TEXBUILD/bundle-files.txt (paths relative to the texmf roots) and prints the share by kind.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metafontSource, parseTlpdb, runtimeFile, withDependencies, type TlPackage } from '../../lib/tex/tlpdb';
import { measuredPackages, packageOfFile, packageUsers, readTier } from './tier';
import { closeOverLoads } from './dependencies';
import { virtualFontBases } from './virtual-fonts';
import { mapOutlines } from './font-map';
import { createDiskSource } from './disk-source';
import { REPO, TEXBUILD, TREE_ROOTS } from './paths';

const tier = readTier();
const db = parseTlpdb(readFileSync(join(TEXBUILD, 'texlive.tlpdb'), 'utf8'));
const byFile = packageOfFile(db);
const source = createDiskSource(TREE_ROOTS);
const onDisk = new Map<string, number>();
for (const [path, size] of source.list()) onDisk.set(path, size);

/** What a package weighs for the macro tier: its runtime files but METAFONT sources, which ship only for outline-less fonts. */
const weighedFile = (path: string): boolean => runtimeFile(path) && !metafontSource(path);
const chosen = new Map<string, string>(); // package → why
const add = (names: Iterable<string>, why: string): void => {
  for (const n of withDependencies(db, names)) {
    // latex-base-dev & co. repeat the kernel's file names for the latex-dev format only.
    if (!chosen.has(n) && !n.endsWith('-dev')) chosen.set(n, why);
  }
};
add(tier.collections, 'collection');
add(tier.packages, 'listed');
add(tier.metafont.packages, 'metafont');
add(tier.opentype.packages, 'opentype');
// Languages: of their collections, only babel's files, hyphenation and the script's fonts.
const languageParts = [...withDependencies(db, tier.languages.collections)].filter((n) =>
  tier.languages.prefixes.some((p) => n.startsWith(p)) || tier.languages.packages.includes(n));
add(languageParts, 'language');
const usagePath = join(REPO, tier.measured.usage);
const usage = existsSync(usagePath) ? JSON.parse(readFileSync(usagePath, 'utf8')) : { counts: {} };
const users = packageUsers(byFile, usage);
const runtimeBytes = (name: string): number =>
  (db.get(name)?.runfiles ?? []).filter(weighedFile).reduce((n, p) => n + (onDisk.get(p) ?? 0), 0);
/** Files that make a package a font package: such packages are chosen by measurement, not wholesale. */
const FONT_PACKAGE_FILE = /\.(pfb|tfm|vf|ttf|otf|afm|enc|map)$/;
const isFontPackage = (name: string): boolean => (db.get(name)?.runfiles ?? []).some((p) => FONT_PACKAGE_FILE.test(p));
const readText = (path: string): string | null => (onDisk.has(path) ? new TextDecoder('latin1').decode(source.read(path)) : null);
const macroPackages = [...withDependencies(db, tier.macroPackages.collections)].filter((name) => {
  const runfiles = name.startsWith('collection-') ? [] : (db.get(name)?.runfiles ?? []).filter(weighedFile);
  if (runfiles.length === 0 || runfiles.some((p) => FONT_PACKAGE_FILE.test(p))) return false;
  return runfiles.reduce((n, p) => n + (onDisk.get(p) ?? 0), 0) <= tier.macroPackages.maxBytes;
});
const measuredCandidates = measuredPackages(db, byFile, usage, tier.measured.minProjects);
// A very heavy package without fonts (worldflags' 11 MB of flags drawn in TikZ) ships only when
// several projects load it: two or three of 1,800 do not pay for a thirtieth of the zip.
const tooHeavyForFew = (name: string): boolean => !isFontPackage(name)
  && (users.get(name) ?? 0) < tier.measured.heavyMinProjects && runtimeBytes(name) > tier.measured.heavyMaxBytes;
const measuredByMany = measuredCandidates.filter((name) => (users.get(name) ?? 0) >= 2 && !tooHeavyForFew(name));
/**
 * A package's weight with what it loads that does not ship anyway (ocgx2, 130 KB, loads media9's
 * pdfbase: 1.9 MB more). What ships anyway: the packages chosen so far and what they load, the
 * measured packages two or more projects load and what they load, the light macro packages —
 * so mwe is its own 1 MB of images, not that plus lipsum, which over 40 projects load.
 */
let shippedAnyway: Set<string> | null = null;
const weightWithLoads = (name: string): number => {
  if (!shippedAnyway) {
    shippedAnyway = new Set([...chosen.keys(), ...measuredByMany]);
    closeOverLoads(db, byFile, shippedAnyway, readText);
    for (const n of macroPackages) shippedAnyway.add(n);
  }
  if (shippedAnyway.has(name)) return 0;
  const base = new Set(shippedAnyway);
  base.add(name);
  const loads = closeOverLoads(db, byFile, base, readText, [name]);
  return [name, ...loads].reduce((sum, n) => sum + runtimeBytes(n), 0);
};
const probePath = join(TEXBUILD, 'font-probe-files.txt');
// `--before-probes` (build.sh's first pass) ignores probes of an earlier build: the probes must
// run over whole font packages, or a file an earlier probe missed could never be found again.
const probed = !process.argv.includes('--before-probes') && existsSync(probePath)
  ? new Set(readFileSync(probePath, 'utf8').split('\n').filter(Boolean))
  : null;
/** Whether the font probes read any outline of a package (before the probes have run: every family counts as read). */
const probesReadOutlines = (name: string): boolean =>
  probed === null || (db.get(name)?.runfiles ?? []).some((p) => /\.(pfb|ttf)$/.test(p) && probed.has(p));
/**
 * What a font package that one project loads would ship: what the font probes read of its fonts,
 * or, when they read none of its outlines, all its fonts. Probes set text; a symbol font
 * (tfrupee's rupee sign) is drawn only by its own commands, which no probe calls.
 */
const singleProjectFontBytes = (name: string): number => {
  const whole = !probesReadOutlines(name);
  return (db.get(name)?.runfiles ?? []).filter((p) => FONT_PACKAGE_FILE.test(p) && (whole || probed?.has(p))).reduce((n, p) => n + (onDisk.get(p) ?? 0), 0);
};
// A heavy package that one project loads comes on demand (tier.json measured): without fonts, by
// its weight with what it loads; a font family, by the weight of the fonts it would ship.
const singleProjectWeight = (name: string): number => (isFontPackage(name) ? singleProjectFontBytes(name) : weightWithLoads(name));
const singleProjectCap = (name: string): number =>
  (isFontPackage(name) ? tier.measured.singleProjectMaxFontBytes : tier.measured.singleProjectMaxBytes);
const measured = measuredCandidates.filter((name) => !tooHeavyForFew(name)
  && ((users.get(name) ?? 0) >= 2 || singleProjectWeight(name) <= singleProjectCap(name)));
/** pdfLaTeX projects only: the metrics below serve pdfTeX (a XeLaTeX project reads the OpenType fonts). */
const pdflatexUsers = packageUsers(byFile, usage, 'pdflatex');
add(measured, 'measured');
const leftOnDemand = measuredCandidates.filter((name) => !measured.includes(name))
  .map((name) => `${name} ${(singleProjectWeight(name) / 2 ** 20).toFixed(2)} MB (${users.get(name) ?? 0} projects)`);
console.error(`[tex-build] measured packages over the single-project cap or the heavy-package rule (on demand): ${leftOnDemand.join(', ') || 'none'}`);
const recordedPath = join(TEXBUILD, 'recorded-files.txt');
const recorded = existsSync(recordedPath) ? readFileSync(recordedPath, 'utf8').split('\n').filter(Boolean) : [];
const recordedPackages = new Set<string>();
for (const path of recorded) {
  const pkg = byFile.get(path.slice(path.lastIndexOf('/') + 1));
  if (pkg) recordedPackages.add(pkg);
}
add(recordedPackages, 'recorded');
// What the chosen packages load in turn (statically, from their own files).
for (const dep of closeOverLoads(db, byFile, new Set(chosen.keys()), readText)) add([dep], 'dependency');
// The light macro packages, and what they load as long as that is light too: a heavy
// dependency (pgfplots, circuitikz, an emoji set) comes on demand with the package that needs it.
add(macroPackages, 'macro');
for (const dep of closeOverLoads(db, byFile, new Set(chosen.keys()), readText)) {
  if (!chosen.has(dep) && runtimeBytes(dep) <= tier.macroPackages.maxBytes) add([dep], 'macro dependency');
}

/**
 * Fonts. Of the listed font packages (tier.json outlines.allOf) everything; of cm-super the
 * listed families and sizes; of any other package that has Type 1 outlines (Roboto, Lato …:
 * hundreds of weights, encodings and figure styles) only the font files that a recorded document
 * or a font probe (record-font-probes.ts, the options real projects use) read. Before the probes
 * have run (first pass) such packages ship whole.
 */
const recordedSet = new Set(recorded);
const FONT_FILE = /\.(pfb|tfm|vf|ttf|otf)$/;
/** OpenType/TrueType fonts of the tier's `opentype` packages (XeLaTeX), in whole or by name. */
function shipOpentype(pkg: TlPackage, path: string): boolean {
  if (!tier.opentype.packages.includes(pkg.name)) return false;
  const only = tier.opentype.only[pkg.name];
  return !only || new RegExp(only).test(path.slice(path.lastIndexOf('/') + 1));
}
const hasOutlines = (pkg: TlPackage): boolean => pkg.runfiles.some((p) => p.endsWith('.pfb') || p.endsWith('.ttf'));
/** Font files' bytes of a package in the tree: small font packages (icon fonts) ship whole. */
const fontBytesOf = new Map<string, number>();
const fontBytes = (pkg: TlPackage): number => {
  let n = fontBytesOf.get(pkg.name);
  if (n === undefined) fontBytesOf.set(pkg.name, (n = pkg.runfiles.filter((p) => FONT_FILE.test(p)).reduce((t, p) => t + (onDisk.get(p) ?? 0), 0)));
  return n;
};
/**
 * cm-super's listed families at the listed sizes: what Cyrillic text (T2A …) and bold extended caps
 * draw with. EC text in T1 and TS1 draws with Latin Modern (font-map.ts latinModernSubstitution),
 * so the cm-super outlines that recorded documents read natively do not ship for it.
 */
function shipsCmSuperFile(path: string): boolean {
  const m = /\/(sf[a-z]+)(\d{4})\.pfb$/.exec(path);
  return !path.endsWith('.pfb') || (!!m && tier.outlines.cmSuperFamilies.includes(m[1]!) && tier.outlines.cmSuperOutlineSizes.includes(m[2]!));
}
function shipFont(pkg: TlPackage, path: string): boolean {
  if (path.endsWith('.otf')) return shipOpentype(pkg, path);
  if (path.endsWith('.ttf') && shipOpentype(pkg, path)) return true;
  if (pkg.name === 'cm-super') return shipsCmSuperFile(path);
  if (recordedSet.has(path) || tier.outlines.allOf.includes(pkg.name)) return true;
  // A family that only XeLaTeX projects load: they read its OpenType files (tier.json opentype), never its Type 1 fonts.
  if (chosen.get(pkg.name) === 'measured' && !pdflatexUsers.has(pkg.name)) return false;
  // Probes set text, not icons: a measured icon font (simpleicons, academicons) must ship whole.
  // A family only one project loads ships what that project's options read (its probe), no more.
  if (measured.includes(pkg.name) && fontBytes(pkg) <= tier.outlines.wholeUpToBytes &&
    (users.get(pkg.name) ?? 0) >= tier.outlines.wholeMinProjects) return true;
  if (!hasOutlines(pkg)) return true;
  if (probed === null || probed.has(path)) return true;
  // A measured symbol font no probe reads ships whole, within the single-project cap (a text
  // family whose probe failed, e.g. gillius, is not a symbol font and comes on demand if heavier).
  if (measured.includes(pkg.name) && !probesReadOutlines(pkg.name) &&
    singleProjectFontBytes(pkg.name) <= tier.measured.singleProjectMaxFontBytes) return true;
  // How many projects load a family says how common it is, whatever their engine (Noto: 9, one of them pdfLaTeX).
  return /\.(tfm|vf)$/.test(path) && pdflatexUsers.has(pkg.name) && (users.get(pkg.name) ?? 0) >= tier.outlines.everyMetricMinProjects &&
    drawsWithProbedOutline(pkg, path);
}

/** Per package: TFM name → the .pfb its pdftex map line draws it with. */
const outlineOfTfm = new Map<string, Map<string, string>>();
/**
 * Whether a family's metric draws with an outline the probes ship (another encoding or figure
 * style of it): its own map line's, or, for autoinst's virtual fonts (`Lato-Regular-T2A-TLF.vf`
 * and .tfm over `Lato-Regular-T2A-TLF--base.tfm`), its base's.
 */
function drawsWithProbedOutline(pkg: TlPackage, metricPath: string): boolean {
  let outlines = outlineOfTfm.get(pkg.name);
  if (!outlines) {
    outlines = new Map();
    for (const map of pkg.runfiles.filter((p) => p.endsWith('.map'))) {
      for (const [tfm, pfb] of mapOutlines(readText(map) ?? '')) outlines.set(tfm, pfb);
    }
    outlineOfTfm.set(pkg.name, outlines);
  }
  const pfb = outlines.get(stemOf(metricPath)) ?? outlines.get(`${stemOf(metricPath)}--base`);
  const pfbPath = pfb ? pkg.runfiles.find((p) => p.endsWith(`/${pfb}`)) : undefined;
  return !!pfbPath && (probed?.has(pfbPath) || recordedSet.has(pfbPath));
}

/**
 * METAFONT sources ship for METAFONT itself (plain.mf, modes.mf: tier.json metafont.packages) and
 * for packages whose fonts have no outline anywhere (no .pfb, no pdftex.map line for their TFMs:
 * ifsym, dingbat), which the compile draws as bitmaps (lib/tex/metafont.ts). The sources of fonts
 * that have outlines (cm, ec, amsfonts …: 8 MB) stay out.
 */
const mappedFonts = new Set(
  new TextDecoder().decode(source.read('fonts/map/pdftex/updmap/pdftex.map')).split('\n')
    .map((line) => line.trim().split(/\s+/)[0]!).filter((name) => name && !/^[%#]/.test(name)),
);
const stemOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
function shipMetafontSource(pkg: TlPackage): boolean {
  if (tier.metafont.packages.includes(pkg.name)) return true;
  const tfms = pkg.runfiles.filter((p) => p.endsWith('.tfm'));
  return tfms.length > 0 && !pkg.runfiles.some((p) => /\.(pfb|ttf|otf)$/.test(p)) && !tfms.some((p) => mappedFonts.has(stemOf(p)));
}

const files = new Set<string>(recorded.filter((p) => onDisk.has(p) && (!p.includes('/cm-super/') || shipsCmSuperFile(p))));
const absent: string[] = [];
const bytesByWhy = new Map<string, number>();
for (const [name, why] of chosen) {
  const pkg = db.get(name)!;
  for (const path of pkg.runfiles) {
    if (!runtimeFile(path)) continue;
    if (FONT_FILE.test(path) && !shipFont(pkg, path)) continue;
    if (metafontSource(path) && !shipMetafontSource(pkg)) continue;
    const size = onDisk.get(path);
    if (size === undefined) {
      absent.push(`${name}: ${path}`);
      continue;
    }
    if (!files.has(path)) bytesByWhy.set(why, (bytesByWhy.get(why) ?? 0) + size);
    files.add(path);
  }
}
closeOverVirtualFonts(files);
// Bespoke's own overlay (generated LH metrics, fontawesome6 compatibility) ships whole.
const overlayRoot = TREE_ROOTS[0]!;
for (const [path, abs] of [...onDisk.keys()].map((p) => [p, source.absolute(p)] as const)) {
  if (abs.startsWith(`${overlayRoot}/`) && runtimeFile(path)) files.add(path);
}
const list = [...files].sort();
writeFileSync(join(TEXBUILD, 'bundle-files.txt'), list.join('\n') + '\n');
writeFileSync(join(TEXBUILD, 'bundle-packages.txt'), [...chosen].map(([n, w]) => `${n}\t${w}`).sort().join('\n') + '\n');
writeFileSync(join(TEXBUILD, 'bundle-absent.txt'), absent.join('\n') + '\n');
const mb = (n: number): string => (n / 1048576).toFixed(1);
console.error(`[tex-build] selected ${chosen.size} TeX Live packages (${measured.length} measured), ${list.length} files; ` +
  [...bytesByWhy].map(([w, b]) => `${w} ${mb(b)} MB`).join(', ') + `; ${absent.length} runtime files not in the Debian tree`);

/**
 * A shipped metric's virtual font, and what a shipped virtual font draws with (its base fonts'
 * metrics, their own virtual fonts, their outlines by the full pdftex.map), until nothing new.
 * A probe loads a family's math fonts without setting a math character, so it records
 * mathdesign's `mdputrma.tfm` but not `mdputrma.vf`; a CV with one `$\cdot$` then stops at
 * "Font mdputrma not found".
 */
function closeOverVirtualFonts(shipping: Set<string>): void {
  const byBase = new Map<string, string>();
  for (const path of onDisk.keys()) if (/\.(tfm|vf|pfb)$/.test(path)) byBase.set(path.slice(path.lastIndexOf('/') + 1), path);
  const outlineOf = new Map(mapOutlines(new TextDecoder().decode(source.read('fonts/map/pdftex/updmap/pdftex.map'))));
  const queue = [...shipping].filter((p) => /\.(tfm|vf)$/.test(p));
  const ship = (base: string | undefined): void => {
    const path = base ? byBase.get(base) : undefined;
    if (path && !shipping.has(path)) { shipping.add(path); queue.push(path); }
  };
  while (queue.length > 0) {
    const path = queue.pop()!;
    const stem = stemOf(path);
    if (path.endsWith('.tfm')) { ship(`${stem}.vf`); continue; }
    for (const name of virtualFontBases(source.read(path))) {
      ship(`${name}.tfm`);
      ship(`${name}.vf`);
      // cm-super's sizes have their own rule (tier.json outlines: the nearest shipped size draws them).
      if (!byBase.get(outlineOf.get(name) ?? '')?.includes('/cm-super/')) ship(outlineOf.get(name));
    }
  }
}
