// Zstandard compression for the build (bundle blocks, the format) and the tests that pack like it.
import { compress, init } from '@bokuweb/zstd-wasm';

let ready: Promise<void> | undefined;

/**
 * The library's compress, once its WebAssembly is loaded. Loaded once per process: a second
 * `init()` swaps the instance under earlier callers, whose frames then come out invalid (seen
 * when test files share one process).
 */
export async function zstdCompress(): Promise<(bytes: Uint8Array, level: number) => Uint8Array> {
  ready ??= init();
  await ready;
  return compress;
}
