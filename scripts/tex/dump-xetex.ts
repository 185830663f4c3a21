// XeLaTeX's build outputs that need the wasm engine itself (public/tex/xetex/):
//   `format`: xelatex.fmt dumped by the wasm XeTeX over the full tree (fmtutil's line:
//             xetex -etex xelatex.ini, language.dat's patterns);
//   `fc-cache`: fontconfig's cache of the shipped bundle's fonts, written by the wasm fontconfig
//             while XeTeX lists the fonts (so at run time no font file is read just to be listed).
// Usage: tsx scripts/tex/dump-xetex.ts format|fc-cache
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBundleSource, type BundleIndex } from '../../lib/tex/bundle';
import { FORMAT_FILES, inflateFormat } from '../../lib/tex/format-file';
import { loadInflate } from '../../lib/tex/zstd-inflate';
import { importGlue } from '../../lib/tex/node-assets';
import { runPass, type EngineAssets, type XetexAssets } from '../../lib/tex/run-pass';
import { fontsConf, xetexEngineAssets } from '../../lib/tex/xetex';
import { createDiskSource } from './disk-source';
import { packFormat } from './pack-format';
import { OUT, TEXBUILD, TREE_ROOTS } from './paths';

const XE = join(OUT, 'xetex');
const step = process.argv[2];
const started = Date.now();

async function program(name: string): Promise<{ factory: EngineAssets['factory']; wasm: WebAssembly.Module }> {
  return { factory: await importGlue(XE, name), wasm: await WebAssembly.compile(readFileSync(join(XE, `${name}.wasm`))) };
}

async function xetexAssets(format: Uint8Array | null): Promise<XetexAssets> {
  return {
    xetex: await program('xetex'),
    xdvipdfmx: await program('xdvipdfmx'),
    format: format ?? new Uint8Array(),
    icuData: readFileSync(join(XE, 'icudt76l.dat')),
    fontCache: new Map(),
  };
}

if (step === 'format') {
  const shared: EngineAssets = { ...(await program('xetex')), format: null, texmf: createDiskSource(TREE_ROOTS) };
  const assets = { ...xetexEngineAssets(shared, await xetexAssets(null)), format: null };
  const pass = await runPass(assets, {
    files: new Map(),
    cwd: '',
    env: { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1710288000', FORCE_SOURCE_DATE: '1' },
    args: ['-ini', '-etex', '-jobname=xelatex', '-progname=xelatex', 'xelatex.ini'],
  });
  const log = new TextDecoder().decode(pass.files.get('xelatex.log') ?? new Uint8Array());
  writeFileSync(join(TEXBUILD, 'xelatex-fmt.log'), log + '\n--- terminal ---\n' + pass.terminal);
  const fmt = pass.files.get('xelatex.fmt');
  if (pass.status !== 0 || !fmt) {
    console.error(pass.terminal.slice(-3000));
    throw new Error(`xelatex format dump failed (status ${pass.status}); see ${TEXBUILD}/xelatex-fmt.log`);
  }
  const packed = await packFormat(fmt);
  writeFileSync(join(XE, FORMAT_FILES.xelatex), packed);
  rmSync(join(XE, 'xelatex.fmt'), { force: true }); // the gzip form earlier builds shipped
  console.error(`[tex-build] ${FORMAT_FILES.xelatex}: ${packed.length} bytes (dumped ${fmt.length}) in ${Date.now() - started} ms`);
} else if (step === 'fc-cache') {
  // Over the shipped bundle (the fonts and folders users get), with the cache written into the job
  // folder so the run's outputs carry it; the job folder itself is left out of this fonts.conf.
  const index = JSON.parse(readFileSync(join(OUT, 'bundle/index.json'), 'utf8')) as BundleIndex;
  const texmf = createBundleSource(index, (name) => readFileSync(join(OUT, 'bundle', name)), await loadInflate());
  const shared: EngineAssets = { ...(await program('xetex')), format: null, texmf };
  const xe = await xetexAssets(await inflateFormat(readFileSync(join(XE, FORMAT_FILES.xelatex))));
  const assets = xetexEngineAssets(shared, xe);
  const conf = fontsConf().replace(/<dir>\/work<\/dir>\n/, '').replace(/<cachedir>[^<]*<\/cachedir>/, '<cachedir>/work/fc-cache</cachedir>');
  assets.supportFiles!.set('/texlive/fontconfig/fonts.conf', new TextEncoder().encode(conf));
  // Asking for a font that no folder has makes XeTeX list every font (fontconfig reads them all).
  const doc = '\\font\\probe="Bespoke No Such Font" at 10pt \\relax\\end\n';
  // fontconfig writes its caches only into a folder that exists.
  const files = new Map([['probe.tex', new TextEncoder().encode(doc)], ['fc-cache/CACHEDIR.TAG', new Uint8Array()]]);
  const pass = await runPass(assets, { files, cwd: '', args: ['-ini', '-no-pdf', 'probe.tex'] });
  const caches = [...pass.files].filter(([path]) => path.startsWith('fc-cache/') && path.endsWith('.cache-9'));
  if (caches.length === 0) {
    console.error(pass.terminal.slice(-3000));
    throw new Error('fontconfig wrote no cache');
  }
  const dir = join(XE, 'fc-cache');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, bytes] of caches) writeFileSync(join(dir, path.slice('fc-cache/'.length)), bytes);
  writeFileSync(join(dir, 'index.json'), JSON.stringify(caches.map(([path]) => path.slice('fc-cache/'.length)).sort()) + '\n');
  const bytes = caches.reduce((n, [, b]) => n + b.length, 0);
  console.error(`[tex-build] fontconfig cache: ${caches.length} folders, ${bytes} bytes in ${Date.now() - started} ms`);
} else {
  throw new Error('usage: dump-xetex.ts format|fc-cache');
}
