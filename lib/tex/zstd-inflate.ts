import { ZSTDDecoder } from 'zstddec';
import { TexAssetError } from './errors';

/** Inflates one Zstandard frame; `size` is the raw size when the caller knows it (checked). */
export type Inflate = (packed: Uint8Array, size?: number) => Uint8Array;

let loading: Promise<Inflate> | undefined;

/**
 * The Zstandard decoder for the format and the bundle's blocks: zstd's own C decoder in
 * WebAssembly (`zstddec`). A cold process inflates pdflatex.fmt (2.4 → 10.3 MB) in ~55 ms with it
 * against ~130 ms with a JavaScript decoder (fzstd, used before), and the bundle blocks a compile
 * opens likewise — that was a third of a whole `bespoke compile` of a one-page resume.
 * Loaded once per thread; decoding is synchronous after that, as TeX's file reads must be.
 */
export function loadInflate(): Promise<Inflate> {
  loading ??= (async () => {
    const decoder = new ZSTDDecoder();
    await decoder.init();
    return (packed: Uint8Array, size?: number): Uint8Array => {
      const raw = decoder.decode(packed, size);
      // zstddec does not check zstd's error codes: a damaged frame shows as a wrong length.
      if (raw.length === 0 || (size !== undefined && raw.length !== size)) {
        throw new TexAssetError(`A TeX engine file is damaged: a Zstandard frame inflated to ${raw.length} bytes, not ${size ?? 'the size its header gives'}.`);
      }
      return raw;
    };
  })();
  return loading;
}
