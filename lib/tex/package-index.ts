import { epsSourceStem } from './tex-named-files';

/**
 * Which TeX Live package holds a file TeX could not find (`public/tex/packages.json`, written
 * by scripts/tex/write-package-index.ts from the release's own package database). Lets a
 * failed compile say "`curve.cls` is in TeX Live's `curve` package" and offer to fetch it.
 */
export interface PackageIndex {
  version: 1;
  /** TeX Live release and repository revision of the bundle's files. */
  release: number;
  revision: number;
  /** Package → [container bytes, revision, 1 if the offline bundle ships it, runtime file names]. */
  packages: Record<string, [number, number, 0 | 1, string]>;
}

export interface MissingPackage {
  /** The file TeX asked for, as the log named it (`curve.cls`). */
  file: string;
  /** The TeX Live package that has it, or null when no package of the release does. */
  package: string | null;
  /** Download size of the package's container, bytes. */
  size: number;
  /**
   * A font TeX Live has only as METAFONT sources and metrics (`package` has them) that METAFONT
   * could not draw here (lib/tex/metafont.ts): no outline to fetch. Not offered for download.
   */
  metafontOnly?: true;
}

/**
 * TeX asks for `\input{foo}` as `foo` and fonts as `foo.tfm`: try the name, then with `.tex`; a
 * metric TeX Live has only as a METAFONT source (`labmr10.tfm`) is found by the source's name.
 */
const candidates = (file: string): string[] => {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base.endsWith('.tfm')) return [base, `${base.slice(0, -4)}.mf`];
  return base.includes('.') ? [base] : [base, `${base}.tex`];
};

/** Builds a lookup over an index: file name → package name (first package listed wins). */
export function createPackageLookup(index: PackageIndex): (missingFiles: string[]) => MissingPackage[] {
  const byFile = new Map<string, string>();
  for (const [name, [, , , files]] of Object.entries(index.packages)) {
    for (const f of files.split(' ')) {
      // A package named like the file is the right one (`curve.cls` → curve, not a bundle).
      if (!byFile.has(f) || f.slice(0, f.lastIndexOf('.')) === name) byFile.set(f, name);
    }
  }
  return (missingFiles) => missingFiles.map((file) => {
    const hit = candidates(file).map((c) => byFile.get(c)).find(Boolean) ?? null;
    return { file, package: hit, size: hit ? index.packages[hit]![0] : 0 };
  });
}

/**
 * Fonts pdfTeX wanted as bitmaps (metrics, no outline): the package with the font's Type 1
 * outline when TeX Live has one (fetching it brings the outline and its map line), else the
 * package of its metrics, marked METAFONT-only (called for fonts METAFONT could not draw: a font
 * it drew is no longer missing).
 */
export function lookupOutlinelessFonts(lookup: (files: string[]) => MissingPackage[], fonts: string[]): MissingPackage[] {
  return fonts.map((font) => {
    const [outline] = lookup([`${font}.pfb`]);
    if (outline?.package) return outline;
    const [metric] = lookup([`${font}.tfm`]);
    return metric?.package ? { file: font, package: metric.package, size: 0, metafontOnly: true } : { file: font, package: null, size: 0 };
  });
}

/** Packages worth fetching for a compile's missing files (a METAFONT font METAFONT could not draw is not helped by one). */
export function fetchablePackages(missing: readonly MissingPackage[]): string[] {
  return [...new Set(missing.filter((m) => m.package && !m.metafontOnly).map((m) => m.package!))];
}

/**
 * Native pdflatex converts an EPS image on the fly (epstopdf, allowed in restricted shell escape);
 * that needs a PostScript interpreter, which the browser does not have. Saying so is what lets the
 * person fix it: the converted PDF is theirs to add.
 */
function describeEpsConversion(file: string): string | null {
  const stem = file.endsWith('.pdf') ? epsSourceStem(file.slice(0, -'.pdf'.length)) : null;
  return stem === null ? null
    : `\`${file}\` is the PDF that pdflatex's epstopdf makes from \`${stem}.eps\`; Bespoke cannot run epstopdf (no PostScript interpreter). ` +
      `Convert \`${stem}.eps\` to PDF (\`epstopdf ${stem}.eps\` or any converter) and add it under that name, \`${file}\`.`;
}

/** Where a missing file can be found, or that it cannot, in one sentence. */
function describeOne(m: MissingPackage): string {
  const eps = describeEpsConversion(m.file);
  if (eps) return eps;
  if (m.metafontOnly) {
    return `\`${m.file}\` is a METAFONT font: TeX Live's \`${m.package}\` package has its metrics and sources but no outline, and METAFONT could not draw it here (see the warnings). ` +
      'Load `\\usepackage[T1]{fontenc}` or `\\usepackage{lmodern}` (outline versions of the Computer Modern shapes), or another font with Type 1 outlines.';
  }
  return m.package
    ? `\`${m.file}\` is in TeX Live's \`${m.package}\` package (${Math.max(1, Math.round(m.size / 1024))} KB to download).`
    : `\`${m.file}\` is in no TeX Live package: add it to the resume's files.`;
}

/** One sentence per missing file for the person: where it can be found, or that it cannot. */
export function describeMissing(missing: MissingPackage[]): string[] {
  return missing.map(describeOne);
}
