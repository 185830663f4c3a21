import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBundleSource, type BundleIndex } from './bundle';

const enc = new TextEncoder();

/** Packs files the way scripts/tex/pack-bundle.ts does: raw deflate per file, chunks of two. */
function pack(files: Record<string, string>): { index: BundleIndex; chunks: Map<string, Uint8Array> } {
  const index: BundleIndex = { version: 1, chunks: [], files: {} };
  const chunks = new Map<string, Uint8Array>();
  const entries = Object.entries(files);
  for (let i = 0; i < entries.length; i += 2) {
    const name = `chunk-${i / 2}.bin`;
    const parts = entries.slice(i, i + 2).map(([path, text]) => [path, enc.encode(text)] as const);
    let offset = 0;
    const packed = parts.map(([path, raw]) => {
      const p = deflateSync(raw);
      index.files[path] = [index.chunks.length, offset, p.length, raw.length];
      offset += p.length;
      return p;
    });
    const chunk = new Uint8Array(offset);
    packed.reduce((at, p) => (chunk.set(p, at), at + p.length), 0);
    chunks.set(name, chunk);
    index.chunks.push(name);
  }
  return { index, chunks };
}

describe('createBundleSource', () => {
  const files = { 'tex/a.sty': 'first file', 'tex/b.sty': 'second '.repeat(50), 'fonts/c.tfm': 'third' };

  it('lists every file with its size and reads each one back', () => {
    const { index, chunks } = pack(files);
    const source = createBundleSource(index, (name) => chunks.get(name)!);
    expect([...source.list()]).toEqual(Object.entries(files).map(([p, t]) => [p, t.length]));
    for (const [path, text] of Object.entries(files)) expect(new TextDecoder().decode(source.read(path))).toBe(text);
  });

  it('fetches each chunk once, and only the chunks that are read', () => {
    const { index, chunks } = pack(files);
    const fetched: string[] = [];
    const source = createBundleSource(index, (name) => (fetched.push(name), chunks.get(name)!));
    source.read('tex/a.sty');
    source.read('tex/b.sty');
    source.read('tex/a.sty');
    expect(fetched).toEqual(['chunk-0.bin']);
  });

  it('refuses unknown files and index versions', () => {
    const { index, chunks } = pack(files);
    const source = createBundleSource(index, (name) => chunks.get(name)!);
    expect(() => source.read('tex/none.sty')).toThrow(/has no file tex\/none\.sty/);
    expect(() => createBundleSource({ ...index, version: 2 as 1 }, () => new Uint8Array())).toThrow(/version 2/);
  });
});
