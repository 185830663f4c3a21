import type { TexFileSource } from './bundle';
import type { ParsedLog } from './log-parser';
import { runPass, type EngineAssets, type PassOutput } from './run-pass';

/**
 * Fonts TeX Live has only as METAFONT sources (ifsym's icons, dingbat): pdfTeX has their metrics
 * but no outline, so it asks for a bitmap (PK) font at the resolution it draws at. Native
 * pdflatex then runs mktexpk; this does what mktexpk does — METAFONT in the printer mode for that
 * resolution, then GFtoPK — and puts the bitmap in the main file's folder, where pdfTeX's next
 * run finds it (PKFONTS starts with `.`). The source may be the bundle's, a fetched package's or
 * the project's own `.mf`. A font that TeX Live has only as METAFONT sources has no metrics either
 * (lh's Cyrillic CM Bright, `labmr10`): pdfTeX misses `labmr10.tfm`, and as native mktextfm does,
 * the same METAFONT run at 600 dpi makes the metrics beside the bitmap.
 */

/** mktexpk's defaults, and what pdfTeX's configuration asks for (\pdfpkresolution=600). */
const MODE = 'ljfour';
const MODE_DPI = 600;
/** Font names go into METAFONT's first line: nothing but a plain name may. */
const FONT_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MF_PATH = '/bin/mf';
const GFTOPK_PATH = '/bin/gftopk';
/** Bitmaps made from TeX Live's own sources, by `font.dpi`: the same for every project. */
const madeFromTexLive = new Map<string, Uint8Array>();
/** Metrics METAFONT made from TeX Live's own sources, by font name. */
const metricsFromTexLive = new Map<string, Uint8Array>();
/** At most this many bitmaps are kept (each 5–30 KB). */
const MAX_KEPT_BITMAPS = 64;

/**
 * The bitmaps this worker already made, as job files of the main file's folder: given to every
 * pdfLaTeX compile up front, so the next compile of the same resume (tailoring compiles it many
 * times) finds them on its first pass instead of stopping at each one again. A project's own file
 * of the same name wins.
 */
export function keptBitmaps(files: Map<string, Uint8Array>, cwd: string): Map<string, Uint8Array> {
  if (madeFromTexLive.size === 0 && metricsFromTexLive.size === 0) return files;
  const prefix = cwd ? `${cwd}/` : '';
  const out = new Map(files);
  for (const [key, pk] of madeFromTexLive) {
    const path = `${prefix}${key}pk`;
    if (!out.has(path) && !hasOwnSource(files, prefix, key.slice(0, key.lastIndexOf('.')))) out.set(path, pk);
  }
  for (const [font, tfm] of metricsFromTexLive) {
    const path = `${prefix}${font}.tfm`;
    if (!out.has(path) && !hasOwnSource(files, prefix, font)) out.set(path, tfm);
  }
  return out;
}

const sourcesBySource = new WeakMap<TexFileSource, Set<string>>();

/** Names of the METAFONT sources a texmf tree has (`labmr10` for fonts/source/lh/lh-t2a/labmr10.mf). */
function metafontSources(texmf: TexFileSource): Set<string> {
  let names = sourcesBySource.get(texmf);
  if (!names) {
    names = new Set();
    for (const [path] of texmf.list()) {
      if (path.endsWith('.mf') && (path.startsWith('fonts/source/') || path.startsWith('metafont/'))) names.add(path.slice(path.lastIndexOf('/') + 1, -3));
    }
    sourcesBySource.set(texmf, names);
  }
  return names;
}

/** Fonts whose metrics pdfTeX missed (`labmr10.tfm`) and whose METAFONT source the project or the tree has. */
export function metricsToMake(missingFiles: string[], files: Map<string, Uint8Array>, cwd: string, texmf: TexFileSource): string[] {
  const prefix = cwd ? `${cwd}/` : '';
  return missingFiles
    .filter((f) => f.endsWith('.tfm'))
    .map((f) => f.slice(0, -4))
    .filter((font) => FONT_NAME.test(font) && (hasOwnSource(files, prefix, font) || metafontSources(texmf).has(font)));
}

/** The project has its own source of `font` where METAFONT looks first (the main file's folder, the root). */
function hasOwnSource(files: Map<string, Uint8Array>, prefix: string, font: string): boolean {
  return files.has(`${prefix}${font}.mf`) || files.has(`${font}.mf`);
}

/** A bitmap to make; `metrics`: pdfTeX also lacks the font's .tfm, which the same METAFONT run writes. */
export interface BitmapRequest { font: string; dpi: number; metrics?: boolean }

export interface BitmapOutcome {
  /** The job files with each bitmap made (`<font>.<dpi>pk` in the main file's folder). */
  files: Map<string, Uint8Array>;
  made: string[];
  /** Fonts METAFONT could not make, with what it said. */
  failed: { font: string; reason: string }[];
}

/** The source METAFONT stopped at (`I can't find file `cmbase'.` → `cmbase.mf`): a file to fetch. */
export function missingSource(reason: string): string | null {
  const name = /I can't find file `([A-Za-z0-9_.-]+)'/.exec(reason)?.[1];
  return name ? (name.includes('.') ? name : `${name}.mf`) : null;
}

const decoder = new TextDecoder();

/** The first error METAFONT reported (`! …`), else the end of its output. */
function mfComplaint(output: string): string {
  // A message longer than a line goes on in the next (max_print_line 79).
  const m = /^! (.*)$(?:\n(.*))?/m.exec(output);
  if (m) return (m[0].split('\n')[0]!.length === 79 ? `${m[1]}${m[2] ?? ''}` : m[1]!).trim();
  return output.trim().split('\n').slice(-2).join(' ').trim();
}

export async function makeBitmapFonts(
  assets: EngineAssets,
  files: Map<string, Uint8Array>,
  cwd: string,
  requests: BitmapRequest[],
): Promise<BitmapOutcome> {
  const out: BitmapOutcome = { files: new Map(files), made: [], failed: [] };
  if (!assets.loadMetafont || requests.length === 0) return out;
  const prefix = cwd ? `${cwd}/` : '';
  const programs = await assets.loadMetafont();
  for (const { font, dpi, metrics } of requests) {
    const target = `${prefix}${font}.${dpi}pk`;
    if (out.files.has(target) && !metrics) continue;
    if (!FONT_NAME.test(font) || !Number.isInteger(dpi) || dpi < 10 || dpi > 20000) {
      out.failed.push({ font, reason: `not a font METAFONT can be asked for (${font} at ${dpi} dpi)` });
      continue;
    }
    // A project's own source of the font wins, as it does for native METAFONT ('.' comes first).
    const ownSource = hasOwnSource(files, prefix, font);
    const key = `${font}.${dpi}`;
    const cached = ownSource || metrics ? undefined : madeFromTexLive.get(key);
    if (cached) {
      out.files.set(target, cached);
      out.made.push(key);
      continue;
    }
    const mf = await runPass(assets, {
      files, cwd,
      // file:line style names the wrong file in METAFONT's ini mode; its classic `! …` is right.
      args: ['-ini', '-no-file-line-error', `-jobname=${font}`, `\\input plain; input modes; mode:=${MODE}; mag:=${dpi}/${MODE_DPI}; nonstopmode; input ${font}`],
      program: { ...programs.mf, path: MF_PATH },
    });
    const gfPath = [...mf.files.keys()].find((p) => p.startsWith(`${prefix}${font}.`) && /^\d+gf$/.test(p.slice(prefix.length + font.length + 1)));
    if (!gfPath) {
      // The terminal too: METAFONT may stop before its transcript has the error line.
      const log = decoder.decode(mf.files.get(`${prefix}${font}.log`) ?? new Uint8Array());
      out.failed.push({ font, reason: mfComplaint(`${log}\n${mf.terminal}`) });
      continue;
    }
    const tfm = mf.files.get(`${prefix}${font}.tfm`);
    if (metrics && tfm) {
      out.files.set(`${prefix}${font}.tfm`, tfm);
      if (!ownSource && metricsFromTexLive.size < MAX_KEPT_BITMAPS) metricsFromTexLive.set(font, tfm);
    }
    const gfName = gfPath.slice(prefix.length);
    const pkName = `${font}.${dpi}pk`;
    const gftopk = await runPass(assets, {
      files: new Map([[gfName, mf.files.get(gfPath)!]]), cwd: '',
      args: [`./${gfName}`, pkName],
      program: { ...programs.gftopk, path: GFTOPK_PATH },
    });
    const pk = gftopk.files.get(pkName);
    if (!pk) {
      out.failed.push({ font, reason: `GFtoPK made no bitmap: ${gftopk.terminal.trim().split('\n').pop() ?? ''}` });
      continue;
    }
    if (!ownSource && madeFromTexLive.size < MAX_KEPT_BITMAPS) madeFromTexLive.set(key, pk);
    out.files.set(target, pk);
    out.made.push(key);
  }
  return out;
}

/** Rounds of "pdfTeX asks for a bitmap, METAFONT makes it": pdfTeX stops at the first one it lacks. */
export const MAX_BITMAP_ROUNDS = 8;

/**
 * Compiles (`runPasses`) with the bitmaps kept from earlier compiles, and while pdfTeX stops at a
 * bitmap font it lacks, makes it and compiles again: one round per font size. Says which fonts the
 * PDF has as bitmaps (pdfTeX lists them in its log: `<./ifsym10.600pk>`, maybe wrapped).
 */
export async function compileWithBitmaps<Run extends { parsed: ParsedLog; pass: PassOutput }>(
  assets: EngineAssets,
  input: Map<string, Uint8Array>,
  cwd: string,
  runPasses: (files: Map<string, Uint8Array>) => Promise<Run>,
  logPath: string,
): Promise<{ run: Run; notes: string[]; made: string[]; missing: string[] }> {
  if (!assets.loadMetafont) return { run: await runPasses(input), notes: [], made: [], missing: [] };
  let files = keptBitmaps(input, cwd);
  let run = await runPasses(files);
  const notes: string[] = [];
  const made: string[] = [];
  const missing = new Set<string>();
  const asked = new Set<string>();
  for (let round = 0; round < MAX_BITMAP_ROUNDS; round++) {
    const fresh: BitmapRequest[] = [
      ...metricsToMake(run.parsed.missingFiles, files, cwd, assets.texmf).map((font) => ({ font, dpi: MODE_DPI, metrics: true })),
      ...run.parsed.bitmapRequests,
    ].filter((r) => !asked.has(`${r.font}.${r.dpi}`));
    if (fresh.length === 0) break;
    fresh.forEach((r) => asked.add(`${r.font}.${r.dpi}`));
    const bitmaps = await makeBitmapFonts(assets, files, cwd, fresh);
    bitmaps.failed.forEach((f) => notes.push(`METAFONT could not make the font ${f.font}: ${f.reason}`));
    bitmaps.failed.map((f) => missingSource(f.reason)).forEach((file) => file && missing.add(file));
    made.push(...bitmaps.made);
    if (bitmaps.made.length === 0) break;
    files = bitmaps.files;
    run = await runPasses(files);
  }
  const log = decoder.decode(run.pass.files.get(logPath) ?? new Uint8Array()).replace(/\r?\n/g, '');
  const fonts = [...new Set([...log.matchAll(/([A-Za-z0-9_-]+)\.\d+pk>/g)].map((m) => m[1]!))].sort();
  if (run.parsed.bitmapRequests.length === 0 && fonts.length > 0) {
    const one = fonts.length === 1;
    notes.push(`Drawn as bitmaps from METAFONT sources, as native pdfLaTeX does (TeX Live has no outline of ${one ? 'it' : 'them'}): ${fonts.join(', ')}. An ATS may not read text set in ${one ? 'this font' : 'these fonts'}.`);
  }
  return { run, notes, made, missing: [...missing] };
}
