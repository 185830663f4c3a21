/**
 * Node-only: the TeX engine for the CLI, eval and integration tests — the WASM pdfTeX from
 * `@/lib/tex/node` when it is present, else the machine's `pdflatex`.
 */
import type { TexCompiler } from '@/lib/tex/types';
import { createNativePdflatex } from './native-pdflatex';

export interface NodeEngineChoice {
  compiler: TexCompiler;
  name: 'wasm' | 'native-pdflatex';
}

/** Picks the engine: `BESPOKE_TEX_ENGINE=native` forces the system pdflatex. */
export async function createTailorTexEngine(): Promise<NodeEngineChoice> {
  if (process.env.BESPOKE_TEX_ENGINE !== 'native') {
    // A computed specifier: the module is written by another part of the project and may not exist yet.
    const spec = ['@/lib/tex', 'node'].join('/');
    try {
      const mod = (await import(/* @vite-ignore */ spec)) as { createNodeTexEngine?: () => TexCompiler | Promise<TexCompiler> };
      if (mod.createNodeTexEngine) return { compiler: await mod.createNodeTexEngine(), name: 'wasm' };
    } catch (err) {
      if (!(err instanceof Error) || !/Cannot find|ERR_MODULE_NOT_FOUND|Failed to load|does not provide/i.test(err.message)) throw err;
    }
  }
  return { compiler: createNativePdflatex(), name: 'native-pdflatex' };
}
