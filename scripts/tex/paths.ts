// Paths shared by the Node build scripts (mirrors env.sh): everything built lives outside the repo.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Beside the repository (downloads and build trees are large), unless TEXBUILD says otherwise. */
export const TEXBUILD = process.env.TEXBUILD ?? resolve(REPO, '../texbuild');
export const OUT = join(REPO, 'public/tex');
/** texmf trees in search order: generated overlay, Debian's TEXMFDEBIAN, then TEXMFDIST. */
export const TREE_ROOTS = [
  join(TEXBUILD, 'overlay'),
  join(TEXBUILD, 'tree/usr/share/texmf'),
  join(TEXBUILD, 'tree/usr/share/texlive/texmf-dist'),
];
/** The engine as built by build-engine.sh (before it is copied into public/tex). */
export const ENGINE_DIR = join(TEXBUILD, 'engine-build/texk/web2c');
