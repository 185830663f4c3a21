/**
 * Node-only: the TeX engine for the CLI, eval and integration tests — the WASM pdfTeX from
 * `@/lib/tex/node` when it is present, else the machine's `pdflatex`.
 */
import type { TexCompiler } from '@/lib/tex/types';
import { createNativePdflatex } from './native-pdflatex';

export interface NodeEngineChoice {
  compiler: TexCompiler;
  name: 'wasm' | 'native-pdflatex';
  /** Why the WASM engine was not used, when it was not. */
  fallbackReason: string | null;
}

const PROBE = { mainFile: 'probe.tex', files: { 'probe.tex': '\\documentclass{article}\\begin{document}probe\\end{document}\n' } };

/**
 * Picks the engine: the WASM pdfTeX when it loads and compiles a probe document, else the
 * system pdflatex (`BESPOKE_TEX_ENGINE=native` forces it, `=wasm` forbids the fallback).
 */
export function createTailorTexEngine(): Promise<NodeEngineChoice> {
  // One engine per process: the WASM module and the TeX bundle load once, every caller shares them.
  shared ??= chooseEngine();
  return shared;
}

let shared: Promise<NodeEngineChoice> | null = null;

async function chooseEngine(): Promise<NodeEngineChoice> {
  let fallbackReason: string | null = 'BESPOKE_TEX_ENGINE=native';
  if (process.env.BESPOKE_TEX_ENGINE !== 'native') {
    // A literal specifier, loaded only here: the bundled CLI then ships the engine as its own
    // chunk (a computed one could not be resolved in the bundle and fell back to pdflatex).
    try {
      const { createNodeTexEngine } = await import('@/lib/tex/node');
      const compiler: TexCompiler = createNodeTexEngine();
      const probe = await compiler.compile(PROBE);
      if (probe.ok) return { compiler, name: 'wasm', fallbackReason: null };
      fallbackReason = `the WASM engine did not compile a probe document: ${probe.errors[0]?.message ?? 'no PDF'}`;
    } catch (err) {
      fallbackReason = `the WASM engine is not available: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (process.env.BESPOKE_TEX_ENGINE === 'wasm') throw new Error(`BESPOKE_TEX_ENGINE=wasm but ${fallbackReason}`);
  }
  return { compiler: createNativePdflatex(), name: 'native-pdflatex', fallbackReason };
}
