// Packs the selected texmf files (select-files.ts) into public/tex/bundle/: files concatenated into
// blocks of ~512 KB (2 MB for fonts), each one Zstandard frame (Type 1 fonts decrypted first, see
// lib/tex/type1-transform.ts), frames stored in chunks per package folder (split past ~1 MB), plus index.json.
// Chunks are named after their folder, so a rebuild that adds files to one package leaves the
// other chunks byte-identical (git stores them once). pdftex.map is cut down to the fonts
// the bundle actually ships.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zstdCompress } from './zstd';
import { fileName, filterMap } from './font-map';
import type { BundleIndex } from '../../lib/tex/bundle';
import { flattenType1, restoreType1 } from '../../lib/tex/type1-transform';
import { parseOpenType } from '../../lib/tex/type1-derive';
import { makeSkeleton } from './type1-skeleton';
import { createDiskSource } from './disk-source';
import { OUT, TEXBUILD, TREE_ROOTS } from './paths';

const CHUNK_BYTES = 1 << 20;
/** Raw bytes per Zstandard frame: big enough for small files to share a window, small enough to inflate quickly. */
const BLOCK_BYTES = 512 << 10;
/**
 * Font folders (outlines, metrics) pack in larger frames: a family's files share glyph programs
 * and metric tables, so 2 MB frames pack them 3.2 MB smaller over the bundle (measured, session 10),
 * which pays for more families offline; the cost is ~20 ms more inflating per font block opened.
 */
const FONT_BLOCK_BYTES = 2 << 20;
/** zstd's strongest level without --ultra; decompression speed does not depend on it. */
const ZSTD_LEVEL = 19;
const MAP = 'fonts/map/pdftex/updmap/pdftex.map';

const list = readFileSync(join(TEXBUILD, 'bundle-files.txt'), 'utf8').split('\n').filter(Boolean);
if (!list.includes(MAP)) list.push(MAP);
list.sort();
const source = createDiskSource(TREE_ROOTS);
const shipped = new Set(list.map(fileName));
const outDir = join(OUT, 'bundle');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const index: BundleIndex = { version: 2, chunks: [], blocks: [], files: {} };
/** The package folder a file belongs to, e.g. tex/latex/titlesec or fonts/type1/public/lm. */
const group = (p: string): string => p.split('/').slice(0, p.startsWith('fonts/') ? 4 : 3).join('/');
const groups = new Map<string, string[]>();
for (const path of list) {
  const g = group(path);
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(path);
}

/**
 * Type 1 fonts whose glyphs the bundle's OpenType font of the same face draws (lib/tex/type1-derive.ts)
 * ship as a skeleton when at most this share of their glyphs must be kept verbatim (renamed ones).
 */
const MAX_VERBATIM_SHARE = 0.2;
/**
 * PostScript name → shipped OpenType font (CFF, else TrueType with glyph names), for the Type 1
 * fonts derived from them. A TrueType font without glyph names (post table format 3: Lato, Droid
 * Serif) cannot say which of its glyphs a Type 1 name means.
 */
const openTypeByName = new Map<string, string>();
for (const path of [...list.filter((p) => p.endsWith('.otf')), ...list.filter((p) => p.endsWith('.ttf'))]) {
  try {
    const font = parseOpenType(source.read(path));
    const name = font.names.windows?.postScriptName?.en ?? font.names.macintosh?.postScriptName?.en;
    const named = font.outlinesFormat === 'cff' || (font.outlinesFormat === 'truetype' && font.glyphs.get(1)?.name);
    if (name && named && !openTypeByName.has(name)) openTypeByName.set(name, path);
  } catch { /* a font opentype.js cannot read is never a source */ }
}
let derivedFonts = 0;
let derivedBytes = 0;

/** A Type 1 font as a skeleton over its OpenType twin, or null. */
function skeletonOf(path: string, pfb: Uint8Array): { bytes: Uint8Array; size: number } | null {
  const fontName = /\/FontName\s*\/(\S+)/.exec(Buffer.from(pfb.subarray(0, 8192)).toString('latin1'))?.[1];
  const otf = fontName ? openTypeByName.get(fontName) : undefined;
  if (!otf) return null;
  const made = makeSkeleton(pfb, parseOpenType(source.read(otf)), otf);
  if (typeof made === 'string' || made.verbatim > made.glyphs * MAX_VERBATIM_SHARE) return null;
  derivedFonts++;
  derivedBytes += pfb.length;
  return { bytes: new TextEncoder().encode(JSON.stringify(made.skeleton)), size: made.derivedSize };
}

/** The bytes stored for one file: Type 1 outlines decrypted (half their packed size) when the round trip is exact. */
function storedBytes(path: string): { bytes: Uint8Array; size: number; transform: 0 | 1 | 2 } {
  let bytes: Uint8Array = source.read(path);
  if (path === MAP) bytes = new TextEncoder().encode(filterMap(new TextDecoder().decode(bytes), shipped));
  const skeleton = path.endsWith('.pfb') ? skeletonOf(path, bytes) : null;
  if (skeleton) return { ...skeleton, transform: 2 };
  const flat = path.endsWith('.pfb') ? flattenType1(bytes) : null;
  if (flat !== null && Buffer.compare(Buffer.from(restoreType1(flat)), Buffer.from(bytes)) === 0) {
    return { bytes: flat, size: bytes.length, transform: 1 };
  }
  return { bytes, size: bytes.length, transform: 0 };
}

const compressZstd = await zstdCompress();
let raw = 0;
let packedTotal = 0;
for (const [g, paths] of groups) {
  let frames: Uint8Array[] = [];
  let chunkBytes = 0;
  let piece = 0;
  const flushChunk = (): void => {
    if (frames.length === 0) return;
    const name = `${g.replace(/[^A-Za-z0-9]+/g, '-')}-${piece++}.bin`;
    writeFileSync(join(outDir, name), Buffer.concat(frames));
    index.chunks.push(name);
    frames = [];
    chunkBytes = 0;
  };
  let members: Uint8Array[] = [];
  let blockBytes = 0;
  const blockLimit = g.startsWith('fonts/') ? FONT_BLOCK_BYTES : BLOCK_BYTES;
  const flushBlock = (): void => {
    if (members.length === 0) return;
    const frame = compressZstd(Buffer.concat(members), ZSTD_LEVEL);
    index.blocks.push([index.chunks.length, chunkBytes, frame.length, blockBytes]);
    frames.push(frame);
    chunkBytes += frame.length;
    packedTotal += frame.length;
    members = [];
    blockBytes = 0;
    if (chunkBytes >= CHUNK_BYTES) flushChunk();
  };
  for (const path of paths) {
    const { bytes, size, transform } = storedBytes(path);
    if (blockBytes > 0 && blockBytes + bytes.length > blockLimit) flushBlock();
    // The block this file lands in is the next one to be pushed.
    index.files[path] = transform === 2 ? [index.blocks.length, blockBytes, bytes.length, 2, size]
      : transform === 1 ? [index.blocks.length, blockBytes, size, 1] : [index.blocks.length, blockBytes, size];
    members.push(bytes);
    blockBytes += bytes.length;
    raw += size;
  }
  flushBlock();
  flushChunk();
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
console.error(`[tex-build] bundle: ${list.length} files, ${(raw / 1048576).toFixed(1)} MB raw, ` +
  `${(packedTotal / 1048576).toFixed(1)} MB packed in ${index.blocks.length} blocks, ${index.chunks.length} chunks; ` +
  `${derivedFonts} Type 1 fonts (${(derivedBytes / 1048576).toFixed(1)} MB) as skeletons over their OpenType twins`);
