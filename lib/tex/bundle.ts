import { TexAssetError } from './errors';
import { restoreType1 } from './type1-transform';
import { deriveFlatType1, parseOpenType, type Type1Skeleton } from './type1-derive';
import type { Inflate } from './zstd-inflate';

/**
 * The TeX file bundle as shipped in `public/tex/bundle/`: `index.json` plus packed chunks.
 * Files are concatenated into blocks of about 512 KB (2 MB for fonts), each block one Zstandard frame, and the
 * frames of one package folder are stored together in chunk files. Small TeX files compress
 * far better together than one by one (tfm/sty/fd files of a family share most of their bytes),
 * while a block stays small enough that opening one file inflates little else. A compile
 * fetches only the chunks it touches and inflates only the blocks it opens.
 */
export interface BundleIndex {
  version: 2;
  /** Chunk file names, relative to the bundle folder. */
  chunks: string[];
  /** Zstandard frames: [chunk number, byte offset in the chunk, compressed length, raw size]. */
  blocks: [number, number, number, number][];
  /**
   * Path under texmf-dist → [block number, byte offset in the inflated block, size, transform]:
   * transform 1 marks a Type 1 font stored decrypted (type1-transform.ts), restored on read;
   * transform 2 a Type 1 font stored as a skeleton (JSON, `size` bytes) and derived on read from
   * the bundle's OpenType font of the same face (type1-derive.ts), whose size is the fifth item.
   */
  files: Record<string, [number, number, number] | [number, number, number, 1] | [number, number, number, 2, number]>;
}

/** Read-only files the engine can open synchronously (the bundle, or a tree on disk in the build). */
export interface TexFileSource {
  /** Every path (relative to texmf-dist) with its size in bytes. */
  list(): Iterable<[string, number]>;
  /** The bytes of one listed path; called synchronously while TeX runs. */
  read(path: string): Uint8Array;
}

/**
 * A file source over a bundle index. `readChunk` must be synchronous (fs.readFileSync in Node,
 * synchronous XHR in a Worker); chunks and inflated blocks are cached for later compiles.
 * `inflate` comes from `loadInflate()`, awaited by the caller so reads stay synchronous.
 */
export function createBundleSource(index: BundleIndex, readChunk: (name: string) => Uint8Array, inflate: Inflate): TexFileSource {
  if (index.version !== 2) throw new TexAssetError(`Unsupported TeX bundle index version ${String(index.version)}.`);
  const chunks = new Map<number, Uint8Array>();
  const blocks = new Map<number, Uint8Array>();
  const restored = new Map<string, Uint8Array>();

  const chunk = (chunkNo: number): Uint8Array => {
    let bytes = chunks.get(chunkNo);
    if (!bytes) {
      const name = index.chunks[chunkNo];
      if (name === undefined) throw new TexAssetError(`The TeX bundle index names a missing chunk #${chunkNo}.`);
      bytes = readChunk(name);
      chunks.set(chunkNo, bytes);
    }
    return bytes;
  };

  const block = (blockNo: number): Uint8Array => {
    let bytes = blocks.get(blockNo);
    if (!bytes) {
      const entry = index.blocks[blockNo];
      if (!entry) throw new TexAssetError(`The TeX bundle index names a missing block #${blockNo}.`);
      const [chunkNo, offset, length, size] = entry;
      bytes = inflate(chunk(chunkNo).subarray(offset, offset + length), size);
      blocks.set(blockNo, bytes);
    }
    return bytes;
  };

  const source: TexFileSource = {
    *list() {
      for (const [path, entry] of Object.entries(index.files)) yield [path, entry.length === 5 ? entry[4] : entry[2]];
    },
    read(path) {
      const done = restored.get(path);
      if (done) return done;
      const entry = index.files[path];
      if (!entry) throw new TexAssetError(`The TeX bundle has no file ${path}.`);
      const [blockNo, offset, size, transform] = entry;
      const bytes = block(blockNo).subarray(offset, offset + size);
      if (transform === undefined) return bytes;
      const font = transform === 1 ? restoreType1(bytes) : derived(bytes);
      restored.set(path, font);
      return font;
    },
  };
  return source;

  /**
   * A Type 1 font from its skeleton and its OpenType twin. The parsed OpenType font is not kept:
   * each twin draws exactly one Type 1 font (matched by PostScript name), and the result is.
   */
  function derived(skeletonBytes: Uint8Array): Uint8Array {
    const skeleton = JSON.parse(new TextDecoder().decode(skeletonBytes)) as Type1Skeleton;
    return restoreType1(deriveFlatType1(skeleton, parseOpenType(source.read(skeleton.otf))));
  }
}
