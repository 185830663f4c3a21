// Engine assets for the build steps: the freshly built engine in public/tex over a texmf
// source on disk (the full unpacked tree, or the shipped subset).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TexFileSource } from '../../lib/tex/bundle';
import { importGlue } from '../../lib/tex/node-assets';
import type { EngineAssets } from '../../lib/tex/run-pass';
import { OUT } from './paths';

/** Compiles public/tex/pdftex.wasm and pairs it with the given format and file source. */
export async function loadBuildAssets(texmf: TexFileSource, format: Uint8Array | null): Promise<EngineAssets> {
  const factory = await importGlue(OUT);
  const wasm = await WebAssembly.compile(readFileSync(join(OUT, 'pdftex.wasm')));
  return { factory, wasm, format, texmf };
}
