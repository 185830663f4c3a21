import { inflateSync } from 'fflate';
import { TexAssetError } from './errors';
import { restoreType1 } from './type1-transform';

/**
 * The TeX file bundle as shipped in `public/tex/bundle/`: `index.json` plus packed chunks.
 * Each file is raw-deflated on its own inside a chunk, so a compile fetches only the chunks
 * it touches and inflates only the files it opens.
 */
export interface BundleIndex {
  version: 1;
  /** Chunk file names, relative to the bundle folder. */
  chunks: string[];
  /**
   * Path under texmf-dist → [chunk number, byte offset, compressed length, raw size, transform]:
   * transform 1 marks a Type 1 font stored decrypted (type1-transform.ts), restored on read.
   */
  files: Record<string, [number, number, number, number] | [number, number, number, number, 1]>;
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
 * synchronous XHR in a Worker); chunks and inflated files are cached for later compiles.
 */
export function createBundleSource(index: BundleIndex, readChunk: (name: string) => Uint8Array): TexFileSource {
  if (index.version !== 1) throw new TexAssetError(`Unsupported TeX bundle index version ${String(index.version)}.`);
  const chunks = new Map<number, Uint8Array>();
  const files = new Map<string, Uint8Array>();
  return {
    *list() {
      for (const [path, entry] of Object.entries(index.files)) yield [path, entry[3]];
    },
    read(path) {
      const cached = files.get(path);
      if (cached) return cached;
      const entry = index.files[path];
      if (!entry) throw new TexAssetError(`The TeX bundle has no file ${path}.`);
      const [chunkNo, offset, length, size, transform] = entry;
      let chunk = chunks.get(chunkNo);
      if (!chunk) {
        const name = index.chunks[chunkNo];
        if (name === undefined) throw new TexAssetError(`The TeX bundle index names a missing chunk #${chunkNo}.`);
        chunk = readChunk(name);
        chunks.set(chunkNo, chunk);
      }
      const inflated = inflateSync(chunk.subarray(offset, offset + length), { out: new Uint8Array(size) });
      const bytes = transform === 1 ? restoreType1(inflated) : inflated;
      files.set(path, bytes);
      return bytes;
    },
  };
}
