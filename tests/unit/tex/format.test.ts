import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packFormat } from '../../../scripts/tex/pack-format';
import { FORMAT_FILES, inflateFormat } from '../../../lib/tex/format-file';
import { DEFAULT_ASSETS_DIR } from '../../../lib/tex/node-assets';

const text = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

describe('shipped TeX formats', () => {
  it('packs a gzip-dumped format to one zstd frame that inflates to the raw format', async () => {
    const raw = new TextEncoder().encode('XT2W fake format '.repeat(1000));
    const packed = await packFormat(gzipSync(raw));
    expect(packed.length).toBeLessThan(raw.length / 10);
    expect(await inflateFormat(packed)).toEqual(raw);
  });

  it('inflates the committed pdfLaTeX and XeLaTeX formats to web2c formats of their engines', async () => {
    const pdf = await inflateFormat(readFileSync(join(DEFAULT_ASSETS_DIR, FORMAT_FILES.pdflatex)));
    const xe = await inflateFormat(readFileSync(join(DEFAULT_ASSETS_DIR, 'xetex', FORMAT_FILES.xelatex)));
    // web2c's format header: the "W2TX" magic (little-endian), a length, then the engine name.
    expect(text(pdf.subarray(0, 14))).toBe('XT2W\u0008\u0000\u0000\u0000pdftex');
    expect(text(xe.subarray(0, 13))).toBe('XT2W\u0008\u0000\u0000\u0000xetex');
  });
});
