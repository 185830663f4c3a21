// Writes public/tex/packages.json: for every package of the TeX Live release the bundle comes
// from, its runtime file names, container size and revision, and whether the bundle ships it.
// The extension reads it only when a compile misses a file, to name the package that has it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageIndex } from '../../lib/tex/package-index';
import { parseTlpdb, tlpdbRelease } from '../../lib/tex/tlpdb';
import { runtimeFile } from './tier';
import { metafontSource } from '../../lib/tex/tlpdb';
import { OUT, TEXBUILD } from './paths';

const db = parseTlpdb(readFileSync(join(TEXBUILD, 'texlive.tlpdb'), 'utf8'));
const shipped = new Set(readFileSync(join(TEXBUILD, 'bundle-packages.txt'), 'utf8').split('\n').map((l) => l.split('\t')[0]!));
const index: PackageIndex = {
  version: 1,
  release: tlpdbRelease(db) ?? 0,
  revision: Number(db.get('00texlive.config')?.depends.find((d) => d.startsWith('revision/'))?.slice(9) ?? 0),
  packages: {},
};
let files = 0;
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
for (const pkg of db.values()) {
  if (pkg.name.includes('.') || pkg.category === 'Collection' || pkg.category === 'Scheme') continue;
  // METAFONT sources are listed too: a font TeX Live has only as sources (lh's labmr10.mf) is made
  // here by METAFONT (lib/tex/metafont.ts), which names the sources it still lacks (cmbase.mf).
  // Only their .mf names: a source's .def or .gen could share a name with a LaTeX file.
  const names = [...new Set(pkg.runfiles.filter((p) => runtimeFile(p) && (!metafontSource(p) || p.endsWith('.mf'))).map(baseName))];
  if (names.length === 0) continue;
  files += names.length;
  index.packages[pkg.name] = [pkg.containerSize ?? 0, pkg.revision, shipped.has(pkg.name) ? 1 : 0, names.join(' ')];
}
const json = JSON.stringify(index);
writeFileSync(join(OUT, 'packages.json'), json);
console.error(`[tex-build] packages.json: ${Object.keys(index.packages).length} packages, ${files} file names, ${(json.length / 1048576).toFixed(1)} MB`);
