import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PathCommand } from 'opentype.js';
import { charstringOf, glyphsByName, parseOpenType, type Type1Skeleton } from '@/lib/tex/type1-derive';
import { binarySegments, charstrings, eexecStream, flattenType1 } from '@/lib/tex/type1-transform';
import type { BundleIndex } from '@/lib/tex/bundle';
import { DEFAULT_ASSETS_DIR, loadNodeAssets } from '@/lib/tex/node-assets';
import { createNodeTexEngine } from '@/lib/tex/node';
import { loadInflate } from '@/lib/tex/zstd-inflate';
import { pdfText } from './corpus-text';

// Type 1 fonts the bundle derives from its OpenType twins (lib/tex/type1-derive.ts,
// scripts/tex/type1-skeleton.ts): what pdfTeX reads must be a Type 1 font with the original's
// name and glyphs, each glyph the OpenType glyph's outline.


/** Reads a plain Type 1 charstring back into absolute points (the operators charstringOf writes). */
function readCharstring(plain: Uint8Array, lenIV = 4): { advance: number; contours: number[][] } {
  const stack: number[] = [];
  const contours: number[][] = [];
  let x = 0, y = 0, advance = NaN;
  for (let i = lenIV; i < plain.length;) {
    const b = plain[i]!;
    if (b >= 32 && b <= 246) { stack.push(b - 139); i++; continue; }
    if (b >= 247 && b <= 250) { stack.push((b - 247) * 256 + plain[i + 1]! + 108); i += 2; continue; }
    if (b >= 251 && b <= 254) { stack.push(-(b - 251) * 256 - plain[i + 1]! - 108); i += 2; continue; }
    if (b === 255) { stack.push(new DataView(plain.buffer, plain.byteOffset + i + 1, 4).getInt32(0)); i += 5; continue; }
    i++;
    if (b === 13) { advance = stack[1]!; x = stack[0]!; y = 0; }
    else if (b === 21) { x += stack[0]!; y += stack[1]!; contours.push([x, y]); }
    else if (b === 5) { x += stack[0]!; y += stack[1]!; contours[contours.length - 1]!.push(x, y); }
    else if (b === 8) {
      for (let k = 0; k < 6; k += 2) { x += stack[k]!; y += stack[k + 1]!; contours[contours.length - 1]!.push(x, y); }
    } else if (b !== 9 && b !== 14) throw new Error(`unexpected operator ${b}`);
    stack.length = 0;
  }
  return { advance, contours };
}

describe('charstringOf', () => {
  it('writes moves, lines and curves as Type 1 operators, numbers of every size exactly', () => {
    const commands: PathCommand[] = [
      { type: 'M', x: 10, y: -20 }, { type: 'L', x: 5000, y: -20 },
      { type: 'C', x1: 5000, y1: 700, x2: 1200.4, y2: -1500.6, x: 10, y: 120 }, { type: 'Z' },
      { type: 'M', x: -300, y: 0 }, { type: 'L', x: 0, y: 107 }, { type: 'Z' },
    ];
    const plain = charstringOf(commands, 1234.4, 4);
    expect([...plain.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(plain[plain.length - 1]).toBe(14); // endchar
    expect(readCharstring(plain)).toEqual({
      advance: 1234,
      // Rounded to whole units (≤ 1/2000 em), never drifting: each point is the rounded absolute one.
      contours: [[10, -20, 5000, -20, 5000, 700, 1200, -1501, 10, 120], [-300, 0, 0, 107]],
    });
  });

  it('scales a TrueType em (2000 units) to Type 1\'s 1000', () => {
    const plain = charstringOf([{ type: 'M', x: 0, y: 0 }, { type: 'Q', x1: 300, y1: 300, x: 600, y: 0 }, { type: 'Z' }], 1200, 4, 0.5);
    expect(readCharstring(plain)).toEqual({ advance: 600, contours: [[0, 0, 100, 100, 200, 100, 300, 0]] });
  });

  it('writes a quadratic as the cubic that draws it', () => {
    const plain = charstringOf([{ type: 'M', x: 0, y: 0 }, { type: 'Q', x1: 300, y1: 300, x: 600, y: 0 }, { type: 'Z' }], 600, 4);
    expect(readCharstring(plain).contours).toEqual([[0, 0, 200, 200, 400, 200, 600, 0]]);
  });
});

const FIRA = 'fonts/type1/public/fira/FiraSans-Regular.pfb';
const LM = 'fonts/type1/public/lm/lmr10.pfb';
/** FontForge's Type 1 conversion of a TrueType font (2048 units per em, quadratic outlines). */
const DROID = 'fonts/type1/ascender/droid/droidsans/DroidSans.pfb';

/** The absolute points an OpenType path should come out as: scaled, rounded, quadratics as cubics. */
function expectedPoints(commands: PathCommand[], scale: number): number[] {
  const out: number[] = [];
  let x = 0, y = 0;
  // `+ 0`: a point rounded up to -0 is written as 0.
  const at = (px: number, py: number): void => { out.push(Math.round(px * scale) + 0, Math.round(py * scale) + 0); x = px; y = py; };
  for (const c of commands) {
    if (c.type === 'M' || c.type === 'L') at(c.x, c.y);
    else if (c.type === 'C') { at(c.x1, c.y1); at(c.x2, c.y2); at(c.x, c.y); }
    else if (c.type === 'Q') {
      const [x0, y0] = [x, y];
      at(x0 + (2 / 3) * (c.x1 - x0), y0 + (2 / 3) * (c.y1 - y0));
      at(c.x + (2 / 3) * (c.x1 - c.x), c.y + (2 / 3) * (c.y1 - c.y));
      at(c.x, c.y);
    }
  }
  return out;
}
const index = JSON.parse(readFileSync(join(DEFAULT_ASSETS_DIR, 'bundle/index.json'), 'utf8')) as BundleIndex;
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('Type 1 fonts derived from the bundle\'s OpenType faces', () => {
  it('the bundle ships Fira Sans, Latin Modern and Droid Sans Type 1 fonts as skeletons', () => {
    expect(index.files[FIRA]?.[3]).toBe(2);
    expect(index.files[LM]?.[3]).toBe(2);
    expect(index.files[DROID]?.[3]).toBe(2);
  });

  for (const path of [FIRA, LM, DROID]) {
    it(`${path.split('/').pop()} reads as a Type 1 font whose glyphs are its OpenType twin's`, async () => {
      const { texmf } = await loadNodeAssets();
      const pfb = texmf.read(path);
      const listed = new Map(texmf.list());
      expect(pfb.length).toBe(listed.get(path)); // the size TeX is told is the derived font's
      const flat = flattenType1(pfb)!;
      expect(flat).not.toBeNull();
      const stream = eexecStream(flat, binarySegments(flat)!);
      const text = latin1(stream);
      const skeleton = JSON.parse(new TextDecoder().decode(await readSkeleton(path))) as Type1Skeleton;
      expect(latin1(pfb.subarray(6, 6 + skeleton.clear.length))).toBe(skeleton.clear); // name, encoding, bbox as shipped
      const font = parseOpenType(texmf.read(skeleton.otf));
      const byName = glyphsByName(font);
      const csAt = text.indexOf('/CharStrings');
      const glyphs = charstrings(stream).filter(([s]) => s > csAt);
      expect(glyphs.length).toBe(skeleton.glyphs.length);
      let drawn = 0;
      glyphs.forEach(([s, e], i) => {
        const name = skeleton.glyphs[i]!;
        expect(text.slice(Math.max(csAt, s - 80), s)).toMatch(new RegExp(`/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+ \\S+ $`));
        if (name in skeleton.verbatim) return;
        const glyph = font.glyphs.get(byName.get(name)!);
        const read = readCharstring(stream.subarray(s, e), skeleton.lenIV);
        expect(read.advance).toBe(Math.round(glyph.advanceWidth * (skeleton.scale ?? 1)));
        expect(read.contours.flat()).toEqual(expectedPoints(glyph.path.commands, skeleton.scale ?? 1));
        drawn++;
      });
      expect(drawn).toBeGreaterThan(glyphs.length * 0.8);
    });
  }

  const engine = createNodeTexEngine();
  afterAll(() => engine.close());

  it('pdfTeX embeds them and the PDF reads back as written', async () => {
    const doc = ['\\documentclass{article}', '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage{FiraSans}',
      '\\usepackage[defaultmono,type1]{droidsansmono}', '\\begin{document}', 'Roman office affine na\\"ive caf\\\'e.',
      '\\textsf{Sans office 42\\% \\textbf{bold}}', '\\texttt{Mono code()}', '\\end{document}'].join('\n');
    const r = await engine.compile({ mainFile: 'cv.tex', files: { 'cv.tex': doc } });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-derived-'));
    writeFileSync(join(dir, 'cv.pdf'), r.pdf!);
    const fonts = execFileSync('pdffonts', [join(dir, 'cv.pdf')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    // Embedded as Type 1 subsets: name, type, embedded, subset.
    expect(fonts).toMatch(/[A-Z]{6}\+LMRoman10-Regular\s+Type 1\s.*yes\s+yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+FiraSans-Regular\s+Type 1\s.*yes\s+yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+DroidSansMono\s+Type 1\s.*yes\s+yes/);
    expect(pdfText(r.pdf!).replace(/\s+/g, ' ')).toContain('Roman office affine naïve café. Sans office 42% bold Mono code()');
  }, 60_000);
});

/** The stored skeleton bytes of a derived font (the bundle source hands out only the derived font). */
async function readSkeleton(path: string): Promise<Uint8Array> {
  const inflate = await loadInflate();
  const [blockNo, offset, size] = index.files[path]!;
  const [chunkNo, at, length, raw] = index.blocks[blockNo]!;
  const chunk = readFileSync(join(DEFAULT_ASSETS_DIR, 'bundle', index.chunks[chunkNo]!));
  const block = inflate(chunk.subarray(at, at + length), raw);
  return block.subarray(offset, offset + size);
}
