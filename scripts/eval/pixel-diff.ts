/** Rendered-page comparison with poppler's pdftoppm: how much of each page changed. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Gray { width: number; height: number; data: Uint8Array }

/** A binary PGM (P5, 8-bit), as pdftoppm -gray writes it. */
function readPgm(bytes: Uint8Array): Gray {
  let pos = 0;
  const field = (): string => {
    while (/\s/.test(String.fromCharCode(bytes[pos]))) pos++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(bytes[pos]))) s += String.fromCharCode(bytes[pos++]);
    return s;
  };
  if (field() !== 'P5') throw new Error('not a binary PGM');
  const width = Number(field());
  const height = Number(field());
  field();
  pos++;
  return { width, height, data: bytes.subarray(pos, pos + width * height) };
}

function render(pdf: Uint8Array, dir: string, stem: string, dpi: number): Gray[] {
  const file = join(dir, `${stem}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, stem)], { stdio: 'ignore' });
  return readdirSync(dir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.pgm')).sort().map((f) => readPgm(new Uint8Array(readFileSync(join(dir, f)))));
}

/**
 * Share of pixels that differ by more than `tolerance` grey levels, per page (1 for a page
 * only one PDF has, or pages of different sizes). Rendered at `dpi` (72 = one pixel a point).
 */
export function pixelDiff(a: Uint8Array, b: Uint8Array, dpi = 72, tolerance = 48): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bespoke-pixels-'));
  try {
    const [pa, pb] = [render(a, dir, 'a', dpi), render(b, dir, 'b', dpi)];
    return Array.from({ length: Math.max(pa.length, pb.length) }, (_, i) => {
      const [x, y] = [pa[i], pb[i]];
      if (!x || !y || x.width !== y.width || x.height !== y.height) return 1;
      let diff = 0;
      for (let k = 0; k < x.data.length; k++) if (Math.abs(x.data[k] - y.data[k]) > tolerance) diff++;
      return diff / x.data.length;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
