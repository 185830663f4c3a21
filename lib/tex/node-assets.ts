import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBundleSource, type BundleIndex } from './bundle';
import type { EmModuleFactory } from './emscripten';
import { TexAssetError } from './errors';
import { FORMAT_FILES, inflateFormat } from './format-file';
import type { PackageIndex } from './package-index';
import type { EngineAssets, XetexAssets } from './run-pass';
import { loadInflate } from './zstd-inflate';

/** `public/tex/` of this checkout: where the committed engine, format and bundle live. */
export const DEFAULT_ASSETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/tex');

function readAsset(dir: string, name: string): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(readFileSync(join(dir, name)));
  } catch (err) {
    throw new TexAssetError(`The TeX engine file ${name} is missing in ${dir}; run \`npm run build:tex\`.`, { cause: err });
  }
}

/**
 * Imports the emscripten glue. It is built for web/worker only (no Node branch: no
 * `require`, no process handlers, no `system()`); Node works because we hand it the compiled
 * module, stdin and output callbacks ourselves.
 */
export async function importGlue(dir: string, program = 'pdftex'): Promise<EmModuleFactory> {
  const mod = (await import(pathToFileURL(join(dir, `${program}.mjs`)).href)) as { default: EmModuleFactory };
  return mod.default;
}

/** Loads the engine from disk: compiled module, format and lazily-read bundle chunks. */
export async function loadNodeAssets(dir = DEFAULT_ASSETS_DIR): Promise<EngineAssets> {
  const factory = await importGlue(dir);
  const wasm = await WebAssembly.compile(readAsset(dir, 'pdftex.wasm'));
  const format = await inflateFormat(readAsset(dir, FORMAT_FILES.pdflatex));
  const index = JSON.parse(new TextDecoder().decode(readAsset(dir, 'bundle/index.json'))) as BundleIndex;
  const texmf = createBundleSource(index, (name) => readAsset(join(dir, 'bundle'), name), await loadInflate());
  return {
    factory, wasm, format, texmf,
    loadBibtex: async () => ({ factory: await importGlue(dir, 'bibtex'), wasm: await WebAssembly.compile(readAsset(dir, 'bibtex.wasm')) }),
    loadPackageIndex: async () => JSON.parse(new TextDecoder().decode(readAsset(dir, 'packages.json'))) as PackageIndex,
    loadMetafont: async () => ({
      mf: { factory: await importGlue(dir, 'mf'), wasm: await WebAssembly.compile(readAsset(dir, 'mf.wasm')) },
      gftopk: { factory: await importGlue(dir, 'gftopk'), wasm: await WebAssembly.compile(readAsset(dir, 'gftopk.wasm')) },
    }),
    loadXetex: () => loadNodeXetexAssets(join(dir, 'xetex')),
  };
}

/** XeTeX's files (public/tex/xetex/): engines, format, ICU data and fontconfig cache. */
export async function loadNodeXetexAssets(dir: string): Promise<XetexAssets> {
  const cacheNames = JSON.parse(new TextDecoder().decode(readAsset(dir, 'fc-cache/index.json'))) as string[];
  return {
    xetex: { factory: await importGlue(dir, 'xetex'), wasm: await WebAssembly.compile(readAsset(dir, 'xetex.wasm')) },
    xdvipdfmx: { factory: await importGlue(dir, 'xdvipdfmx'), wasm: await WebAssembly.compile(readAsset(dir, 'xdvipdfmx.wasm')) },
    format: await inflateFormat(readAsset(dir, FORMAT_FILES.xelatex)),
    icuData: readAsset(dir, 'icudt76l.dat'),
    fontCache: new Map(cacheNames.map((name) => [name, readAsset(join(dir, 'fc-cache'), name)])),
  };
}
