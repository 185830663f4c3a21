import { loadInflate } from './zstd-inflate';

/**
 * TeX formats as shipped: the raw `.fmt` in one Zstandard frame (`pdflatex.fmt.zst`).
 * web2c dumps formats gzip-compressed and inflates them on every run; as one zstd-19 frame the
 * same format is a fifth to two fifths smaller (pdflatex 3.1 → 2.4 MB, xelatex 5.3 → 3.2 MB),
 * it is inflated once when the engine loads, and each pass reads it raw (zlib's gzread reads a
 * file that is not gzip as it is).
 */
export const FORMAT_FILES = { pdflatex: 'pdflatex.fmt.zst', xelatex: 'xelatex.fmt.zst' } as const;

/** The raw format from its shipped file. */
export async function inflateFormat(packed: Uint8Array): Promise<Uint8Array> {
  return (await loadInflate())(packed);
}
