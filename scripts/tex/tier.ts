// The offline tier's rules (tier.json) and the facts they are applied to: which TeX Live
// package holds a file, which files are runtime files for pdfLaTeX/BibTeX, and which packages
// the gathered real projects load (usage.json, from scripts/tex/eval/count-usage.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeFile, type TlPackage } from '../../lib/tex/tlpdb';

export { runtimeFile };
import { REPO } from './paths';

export interface Tier {
  collections: string[];
  packages: string[];
  languages: { collections: string[]; prefixes: string[]; packages: string[] };
  measured: { usage: string; minProjects: number; singleProjectMaxBytes: number; singleProjectMaxFontBytes: number; heavyMaxBytes: number; heavyMinProjects: number };
  /** Font-free packages of these collections, each at most maxBytes of runtime files, ship whole. */
  macroPackages: { collections: string[]; maxBytes: number };
  metafont: { comment: string; packages: string[] };
  outlines: { allOf: string[]; wholeUpToBytes: number; wholeMinProjects: number; everyMetricMinProjects: number; cmSuperFamilies: string[]; cmSuperSizes: string[]; cmSuperOutlineSizes: string[]; lhMetricOnlySizes: string[] };
  /** XeLaTeX's OpenType/TrueType fonts: the packages that ship them, some only in part (file-name pattern). */
  opentype: { packages: string[]; only: Record<string, string> };
}

export function readTier(): Tier {
  return JSON.parse(readFileSync(join(REPO, 'scripts/tex/tier.json'), 'utf8')) as Tier;
}

/**
 * File name → TeX Live package, over every package of the release (TeX looks files up by name,
 * so the name is what a compile reports missing). A name in several packages keeps the first
 * in tlpdb order, except that a package named like the file wins (`curve.cls` → curve).
 */
export function packageOfFile(db: Map<string, TlPackage>): Map<string, string> {
  const out = new Map<string, string>();
  for (const pkg of db.values()) {
    if (pkg.name.includes('.')) continue;
    for (const path of pkg.runfiles) {
      if (!runtimeFile(path)) continue;
      const base = path.slice(path.lastIndexOf('/') + 1);
      const stem = base.slice(0, base.lastIndexOf('.'));
      if (!out.has(base) || stem === pkg.name) out.set(base, pkg.name);
    }
  }
  return out;
}

export interface Usage {
  /** Per engine: file name (`moderncv.cls`, `fontawesome5.sty`) → number of projects. */
  counts: Record<string, Record<string, number>>;
}

/**
 * TeX Live packages whose classes or packages at least `minProjects` gathered projects load
 * (any engine: a XeLaTeX template's packages serve pdfLaTeX users as well).
 */
export function measuredPackages(db: Map<string, TlPackage>, byFile: Map<string, string>, usage: Usage, minProjects: number): string[] {
  const out = new Set<string>();
  for (const [file, count] of Object.entries(usage.counts.all ?? {})) {
    if (count < minProjects) continue;
    const pkg = byFile.get(file);
    if (pkg && db.has(pkg)) out.add(pkg);
  }
  return [...out].sort();
}

/**
 * Per TeX Live package, how many gathered projects load it: the most any one of its classes or
 * packages is loaded (noto.sty and noto-sans.sty of one project must not count twice).
 */
export function packageUsers(byFile: Map<string, string>, usage: Usage, engine = 'all'): Map<string, number> {
  const users = new Map<string, number>();
  for (const [file, count] of Object.entries(usage.counts[engine] ?? {})) {
    const pkg = byFile.get(file);
    if (pkg) users.set(pkg, Math.max(users.get(pkg) ?? 0, count));
  }
  return users;
}
