import { runPass, type EngineAssets } from './run-pass';

/**
 * Fonts TeX Live has only as METAFONT sources (ifsym's icons, dingbat): pdfTeX has their metrics
 * but no outline, so it asks for a bitmap (PK) font at the resolution it draws at. Native
 * pdflatex then runs mktexpk; this does what mktexpk does — METAFONT in the printer mode for that
 * resolution, then GFtoPK — and puts the bitmap in the main file's folder, where pdfTeX's next
 * run finds it (PKFONTS starts with `.`). The source may be the bundle's, a fetched package's or
 * the project's own `.mf`.
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
/** At most this many bitmaps are kept (each 5–30 KB). */
const MAX_KEPT_BITMAPS = 64;

/**
 * The bitmaps this worker already made, as job files of the main file's folder: given to every
 * pdfLaTeX compile up front, so the next compile of the same resume (tailoring compiles it many
 * times) finds them on its first pass instead of stopping at each one again. A project's own file
 * of the same name wins.
 */
export function keptBitmaps(files: Map<string, Uint8Array>, cwd: string): Map<string, Uint8Array> {
  if (madeFromTexLive.size === 0) return files;
  const prefix = cwd ? `${cwd}/` : '';
  const out = new Map(files);
  for (const [key, pk] of madeFromTexLive) {
    const path = `${prefix}${key}pk`;
    const source = `${prefix}${key.slice(0, key.lastIndexOf('.'))}.mf`;
    if (!out.has(path) && !files.has(source)) out.set(path, pk);
  }
  return out;
}

export interface BitmapRequest { font: string; dpi: number }

export interface BitmapOutcome {
  /** The job files with each bitmap made (`<font>.<dpi>pk` in the main file's folder). */
  files: Map<string, Uint8Array>;
  made: string[];
  /** Fonts METAFONT could not make, with what it said. */
  failed: { font: string; reason: string }[];
}

const decoder = new TextDecoder();

/** The first error METAFONT reported (`! …`, or `file:line: …` in file:line style), else the end of its output. */
function mfComplaint(log: string): string {
  const m = /^(?:! |[^\s:]+:\d+: )(.*)$/m.exec(log);
  if (m) return m[1]!.trim();
  return log.trim().split('\n').slice(-2).join(' ').trim();
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
  for (const { font, dpi } of requests) {
    const target = `${prefix}${font}.${dpi}pk`;
    if (out.files.has(target)) continue;
    if (!FONT_NAME.test(font) || !Number.isInteger(dpi) || dpi < 10 || dpi > 20000) {
      out.failed.push({ font, reason: `not a font METAFONT can be asked for (${font} at ${dpi} dpi)` });
      continue;
    }
    // A project's own source of the font wins, as it does for native METAFONT ('.' comes first).
    const ownSource = [...files.keys()].some((p) => p === `${prefix}${font}.mf` || p === `${font}.mf`);
    const key = `${font}.${dpi}`;
    const cached = ownSource ? undefined : madeFromTexLive.get(key);
    if (cached) {
      out.files.set(target, cached);
      out.made.push(key);
      continue;
    }
    const mf = await runPass(assets, {
      files, cwd,
      args: ['-ini', `-jobname=${font}`, `\\input plain; input modes; mode:=${MODE}; mag:=${dpi}/${MODE_DPI}; nonstopmode; input ${font}`],
      program: { ...programs.mf, path: MF_PATH },
    });
    const gfPath = [...mf.files.keys()].find((p) => p.startsWith(`${prefix}${font}.`) && /^\d+gf$/.test(p.slice(prefix.length + font.length + 1)));
    if (!gfPath) {
      const log = decoder.decode(mf.files.get(`${prefix}${font}.log`) ?? new Uint8Array()) || mf.terminal;
      out.failed.push({ font, reason: mfComplaint(log) });
      continue;
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
