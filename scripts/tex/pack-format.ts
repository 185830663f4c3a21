// The shipped form of a dumped format (lib/tex/format-file.ts): web2c's gzip taken off, the raw
// format in one Zstandard frame, level 19, deterministic like the rest of the build.
import { gunzipSync } from 'node:zlib';
import { zstdCompress } from './zstd';

export async function packFormat(dumped: Uint8Array): Promise<Uint8Array> {
  const compress = await zstdCompress();
  // A gzip member starts with 1f 8b; web2c writes formats that way, but a raw one is kept as is.
  const raw = dumped[0] === 0x1f && dumped[1] === 0x8b ? gunzipSync(dumped) : dumped;
  return compress(raw, 19);
}
