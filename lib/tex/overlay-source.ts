import type { TexFileSource } from './bundle';

/** Where the bundle keeps pdfTeX's font map (pack-bundle.ts cuts it to the shipped fonts). */
export const PDFTEX_MAP = 'fonts/map/pdftex/updmap/pdftex.map';

/** TeX Live packages fetched on demand, added to the bundle for a compile. */
export interface TexmfAddition {
  /** Runtime files by texmf path (`tex/latex/curve/curve.cls`). */
  files: Record<string, Uint8Array>;
  /** Font map files the packages ask updmap to add (`addMap foo.map`), by file name. */
  maps: string[];
}

/** Engine assets whose tree has the fetched packages (the same assets when none were fetched). */
export function withTexmfAddition<Assets extends { texmf: TexFileSource }>(assets: Assets, add: TexmfAddition | undefined): Assets {
  return add && Object.keys(add.files).length > 0 ? { ...assets, texmf: overlaySource(assets.texmf, add) } : assets;
}

/**
 * The bundle plus fetched packages, as one read-only tree. A fetched file shadows a bundled
 * one of the same path; pdftex.map gains the fetched packages' map lines, as updmap would.
 */
export function overlaySource(base: TexFileSource, add: TexmfAddition): TexFileSource {
  const extra = new Map(Object.entries(add.files));
  const byName = new Map<string, Uint8Array>();
  for (const [path, bytes] of extra) byName.set(path.slice(path.lastIndexOf('/') + 1), bytes);
  let map: Uint8Array | null = null;
  const mergedMap = (): Uint8Array => {
    if (map) return map;
    const parts = [new TextDecoder().decode(base.read(PDFTEX_MAP))];
    for (const name of add.maps) {
      const bytes = byName.get(name);
      if (bytes) parts.push(`% ${name} (fetched)\n${new TextDecoder().decode(bytes)}`);
    }
    return (map = new TextEncoder().encode(parts.join('\n')));
  };
  return {
    *list() {
      for (const [path, size] of base.list()) {
        if (path === PDFTEX_MAP) yield [path, mergedMap().length];
        else if (!extra.has(path)) yield [path, size];
      }
      for (const [path, bytes] of extra) yield [path, bytes.length];
    },
    read(path) {
      if (path === PDFTEX_MAP) return mergedMap();
      return extra.get(path) ?? base.read(path);
    },
  };
}
