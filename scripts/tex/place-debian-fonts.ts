// Debian keeps some OpenType/TrueType fonts of TeX Live packages out of the texlive-* packages,
// in fonts-* packages under /usr/share/fonts (Lato, FontAwesome), and fetch-tree.sh drops the
// absolute links that pointed there. XeLaTeX needs them at their TeX Live paths: every font file
// the tlpdb lists that the texmf trees lack is copied from the unpacked fonts-* packages when a
// file of the same name is there.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseTlpdb } from '../../lib/tex/tlpdb';
import { createDiskSource } from './disk-source';
import { TEXBUILD, TREE_ROOTS } from './paths';

const FONTS = join(TEXBUILD, 'tree/usr/share/fonts');
const DIST = TREE_ROOTS[TREE_ROOTS.length - 1]!;
const byName = new Map<string, string>();
const walk = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name));
    else if (e.isFile() && !byName.has(e.name)) byName.set(e.name, join(dir, e.name));
  }
};
walk(FONTS);
const onDisk = new Set([...createDiskSource(TREE_ROOTS).list()].map(([p]) => p));
let placed = 0;
for (const pkg of parseTlpdb(readFileSync(join(TEXBUILD, 'texlive.tlpdb'), 'utf8')).values()) {
  for (const path of pkg.runfiles) {
    if (!/^fonts\/(opentype|truetype)\/.*\.(otf|ttf)$/.test(path) || onDisk.has(path)) continue;
    const from = byName.get(path.slice(path.lastIndexOf('/') + 1));
    if (!from) continue;
    mkdirSync(dirname(join(DIST, path)), { recursive: true });
    copyFileSync(from, join(DIST, path));
    placed++;
  }
}
console.error(`[tex-build] placed ${placed} fonts from Debian's fonts-* packages at their TeX Live paths`);
