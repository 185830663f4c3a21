import { beforeAll, describe, expect, it } from 'vitest';
import { zstdCompress } from '../../scripts/tex/zstd';
import { createBundleSource, type BundleIndex } from './bundle';
import { loadInflate, type Inflate } from './zstd-inflate';

const enc = new TextEncoder();
let compress: Awaited<ReturnType<typeof zstdCompress>>;

/**
 * Packs files the way scripts/tex/pack-bundle.ts does: files concatenated into Zstandard
 * blocks (two files a block here), two blocks a chunk.
 */
function pack(files: Record<string, string>): { index: BundleIndex; chunks: Map<string, Uint8Array> } {
  const index: BundleIndex = { version: 2, chunks: [], blocks: [], files: {} };
  const chunks = new Map<string, Uint8Array>();
  const entries = Object.entries(files);
  let frames: Uint8Array[] = [];
  let chunkBytes = 0;
  const flushChunk = (): void => {
    const name = `chunk-${index.chunks.length}.bin`;
    chunks.set(name, Buffer.concat(frames));
    index.chunks.push(name);
    frames = [];
    chunkBytes = 0;
  };
  for (let i = 0; i < entries.length; i += 2) {
    let at = 0;
    const members = entries.slice(i, i + 2).map(([path, text]) => {
      const raw = enc.encode(text);
      index.files[path] = [index.blocks.length, at, raw.length];
      at += raw.length;
      return raw;
    });
    const frame = compress(Buffer.concat(members), 19);
    index.blocks.push([index.chunks.length, chunkBytes, frame.length, at]);
    frames.push(frame);
    chunkBytes += frame.length;
    if (frames.length === 2) flushChunk();
  }
  if (frames.length > 0) flushChunk();
  return { index, chunks };
}

describe('createBundleSource', () => {
  let inflate: Inflate;
  beforeAll(async () => {
    compress = await zstdCompress();
    inflate = await loadInflate();
  });
  const files = {
    'tex/a.sty': 'first file',
    'tex/b.sty': 'second '.repeat(50),
    'fonts/c.tfm': 'third',
    'fonts/d.tfm': 'fourth',
    'tex/e.cls': 'fifth, in the second chunk',
  };

  it('lists every file with its size and reads each one back', () => {
    const { index, chunks } = pack(files);
    const source = createBundleSource(index, (name) => chunks.get(name)!, inflate);
    expect([...source.list()]).toEqual(Object.entries(files).map(([p, t]) => [p, t.length]));
    for (const [path, text] of Object.entries(files)) expect(new TextDecoder().decode(source.read(path))).toBe(text);
  });

  it('fetches each chunk once, and only the chunks that are read', () => {
    const { index, chunks } = pack(files);
    const fetched: string[] = [];
    const source = createBundleSource(index, (name) => (fetched.push(name), chunks.get(name)!), inflate);
    source.read('tex/a.sty');
    source.read('fonts/d.tfm');
    source.read('tex/a.sty');
    expect(fetched).toEqual(['chunk-0.bin']);
    source.read('tex/e.cls');
    expect(fetched).toEqual(['chunk-0.bin', 'chunk-1.bin']);
  });

  it('refuses unknown files and index versions', () => {
    const { index, chunks } = pack(files);
    const source = createBundleSource(index, (name) => chunks.get(name)!, inflate);
    expect(() => source.read('tex/none.sty')).toThrow(/has no file tex\/none\.sty/);
    expect(() => createBundleSource({ ...index, version: 1 as 2 }, () => new Uint8Array(), inflate)).toThrow(/version 1/);
  });

  it('refuses a damaged block instead of handing TeX wrong bytes', () => {
    const { index, chunks } = pack(files);
    const damaged = new Map([...chunks].map(([name, bytes]) => [name, bytes.map((b, i) => (i > 8 ? b ^ 0x5a : b))]));
    const source = createBundleSource(index, (name) => damaged.get(name)!, inflate);
    expect(() => source.read('tex/a.sty')).toThrow(/damaged/);
  });
});
