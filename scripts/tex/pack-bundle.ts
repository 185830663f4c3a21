// Packs the selected texmf files (select-files.ts) into public/tex/bundle/: each file deflated on its own
// (Type 1 fonts decrypted first, see lib/tex/type1-transform.ts),
// concatenated into chunks per package folder (split past ~1 MB), plus index.json.
// Chunks are named after their folder, so a rebuild that adds files to one package leaves the
// other chunks byte-identical (git stores them once). pdftex.map is cut down to the fonts
// the bundle actually ships.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import type { BundleIndex } from '../../lib/tex/bundle';
import { flattenType1, restoreType1 } from '../../lib/tex/type1-transform';
import { createDiskSource } from './disk-source';
import { OUT, TEXBUILD, TREE_ROOTS } from './paths';

const CHUNK_BYTES = 1 << 20;
const MAP = 'fonts/map/pdftex/updmap/pdftex.map';

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Keeps the map lines whose TFM or font/encoding file is in the bundle. */
function filterMap(map: string, shipped: Set<string>): string {
  const kept = map.split('\n').filter((line) => {
    const t = line.trim();
    if (!t || t.startsWith('%') || t.startsWith('#')) return false;
    const tfm = t.split(/\s+/)[0]!;
    if (shipped.has(`${tfm}.tfm`)) return true;
    return [...t.matchAll(/<[<[]?([^\s"<[]+\.(?:pfb|pfa|enc|ttf|otf))/g)].some((m) => shipped.has(base(m[1]!)));
  });
  return `% pdftex.map cut down by Bespoke to the fonts shipped in the bundle\n${kept.join('\n')}\n`;
}

const list = readFileSync(join(TEXBUILD, 'bundle-files.txt'), 'utf8').split('\n').filter(Boolean);
if (!list.includes(MAP)) list.push(MAP);
list.sort();
const source = createDiskSource(TREE_ROOTS);
const shipped = new Set(list.map(base));
const outDir = join(OUT, 'bundle');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const index: BundleIndex = { version: 1, chunks: [], files: {} };
/** The package folder a file belongs to, e.g. tex/latex/titlesec or fonts/type1/public/lm. */
const group = (p: string): string => p.split('/').slice(0, p.startsWith('fonts/') ? 4 : 3).join('/');
const groups = new Map<string, string[]>();
for (const path of list) {
  const g = group(path);
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(path);
}
let raw = 0;
for (const [g, paths] of groups) {
  let parts: Uint8Array[] = [];
  let offset = 0;
  let piece = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const name = `${g.replace(/[^A-Za-z0-9]+/g, '-')}-${piece++}.bin`;
    const chunk = new Uint8Array(offset);
    let at = 0;
    for (const p of parts) chunk.set(p, (at += p.length) - p.length);
    writeFileSync(join(outDir, name), chunk);
    index.chunks.push(name);
    parts = [];
    offset = 0;
  };
  for (const path of paths) {
    let bytes: Uint8Array = source.read(path);
    if (path === MAP) bytes = new TextEncoder().encode(filterMap(new TextDecoder().decode(bytes), shipped));
    // Type 1 outlines are stored decrypted (half their packed size), if the round trip is exact.
    const flat = path.endsWith('.pfb') ? flattenType1(bytes) : null;
    const exact = flat !== null && Buffer.compare(Buffer.from(restoreType1(flat)), Buffer.from(bytes)) === 0;
    const packed = deflateSync(exact ? flat : bytes, { level: 9 });
    index.files[path] = exact
      ? [index.chunks.length, offset, packed.length, bytes.length, 1]
      : [index.chunks.length, offset, packed.length, bytes.length];
    parts.push(packed);
    offset += packed.length;
    raw += bytes.length;
    if (offset >= CHUNK_BYTES) flush();
  }
  flush();
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
const packedTotal = Object.values(index.files).reduce((n, e) => n + e[2], 0);
console.error(`[tex-build] bundle: ${list.length} files, ${(raw / 1048576).toFixed(1)} MB raw, ` +
  `${(packedTotal / 1048576).toFixed(1)} MB packed in ${index.chunks.length} chunks`);
