import { createBundleSource, type BundleIndex } from './bundle';
import type { EmModuleFactory } from './emscripten';
import { TexAssetError } from './errors';
import { FORMAT_FILES, inflateFormat } from './format-file';
import type { PackageIndex } from './package-index';
import type { EngineAssets, XetexAssets } from './run-pass';
import { loadInflate } from './zstd-inflate';

async function fetchOk(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new TexAssetError(`Could not load the TeX engine file ${url}.`, { cause: err });
  }
  if (!res.ok) throw new TexAssetError(`Could not load the TeX engine file ${url} (HTTP ${res.status}).`);
  return res;
}

/**
 * A chunk read while TeX runs must be synchronous: dedicated Workers may still use
 * synchronous XHR, and each chunk is fetched once per worker and then cached.
 */
function readChunkSync(url: string): Uint8Array {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.responseType = 'arraybuffer';
  xhr.send();
  if (xhr.status !== 200 && xhr.status !== 0) {
    throw new TexAssetError(`Could not load the TeX bundle chunk ${url} (HTTP ${xhr.status}).`);
  }
  return new Uint8Array(xhr.response as ArrayBuffer);
}

/** Loads the engine inside a browser Worker from `base` (the extension's /tex/ folder). */
export async function loadBrowserAssets(base: string): Promise<EngineAssets> {
  const glue = (await import(/* @vite-ignore */ `${base}pdftex.mjs`)) as { default: EmModuleFactory };
  const wasm = await WebAssembly.compile(await (await fetchOk(`${base}pdftex.wasm`)).arrayBuffer());
  const format = await inflateFormat(new Uint8Array(await (await fetchOk(`${base}${FORMAT_FILES.pdflatex}`)).arrayBuffer()));
  const index = (await (await fetchOk(`${base}bundle/index.json`)).json()) as BundleIndex;
  const texmf = createBundleSource(index, (name) => readChunkSync(`${base}bundle/${name}`), await loadInflate());
  return {
    factory: glue.default, wasm, format, texmf,
    // Loaded only when a document has a bibliography / misses a file: most compiles need neither.
    loadBibtex: async () => ({
      factory: ((await import(/* @vite-ignore */ `${base}bibtex.mjs`)) as { default: EmModuleFactory }).default,
      wasm: await WebAssembly.compile(await (await fetchOk(`${base}bibtex.wasm`)).arrayBuffer()),
    }),
    loadPackageIndex: async () => (await (await fetchOk(`${base}packages.json`)).json()) as PackageIndex,
    // Only a document using a font TeX Live has in METAFONT form alone (ifsym) runs these.
    loadMetafont: async () => ({
      mf: { factory: await glueOf(`${base}mf.mjs`), wasm: await WebAssembly.compile(await (await fetchOk(`${base}mf.wasm`)).arrayBuffer()) },
      gftopk: { factory: await glueOf(`${base}gftopk.mjs`), wasm: await WebAssembly.compile(await (await fetchOk(`${base}gftopk.wasm`)).arrayBuffer()) },
    }),
    loadXetex: () => loadBrowserXetexAssets(`${base}xetex/`),
  };
}

const bytesOf = async (url: string): Promise<Uint8Array> => new Uint8Array(await (await fetchOk(url)).arrayBuffer());
const glueOf = async (url: string): Promise<EmModuleFactory> =>
  ((await import(/* @vite-ignore */ url)) as { default: EmModuleFactory }).default;

/** XeTeX's files, fetched the first time a XeLaTeX document compiles (never for pdfLaTeX ones). */
async function loadBrowserXetexAssets(base: string): Promise<XetexAssets> {
  const cacheNames = (await (await fetchOk(`${base}fc-cache/index.json`)).json()) as string[];
  const [xetexWasm, dviWasm, format, icuData, caches] = await Promise.all([
    fetchOk(`${base}xetex.wasm`).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)),
    fetchOk(`${base}xdvipdfmx.wasm`).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)),
    bytesOf(`${base}${FORMAT_FILES.xelatex}`).then(inflateFormat),
    bytesOf(`${base}icudt76l.dat`),
    Promise.all(cacheNames.map(async (name) => [name, await bytesOf(`${base}fc-cache/${name}`)] as const)),
  ]);
  return {
    xetex: { factory: await glueOf(`${base}xetex.mjs`), wasm: xetexWasm },
    xdvipdfmx: { factory: await glueOf(`${base}xdvipdfmx.mjs`), wasm: dviWasm },
    format, icuData, fontCache: new Map(caches),
  };
}
