// Dumps pdflatex.fmt with the wasm engine itself (a natively dumped format is rejected) over
// the full unpacked tree, with the hyphenation patterns of every language in language.dat.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPass } from '../../lib/tex/run-pass';
import { FORMAT_FILES } from '../../lib/tex/format-file';
import { loadBuildAssets } from './build-assets';
import { createDiskSource } from './disk-source';
import { packFormat } from './pack-format';
import { OUT, TEXBUILD, TREE_ROOTS } from './paths';

const started = Date.now();
const assets = await loadBuildAssets(createDiskSource(TREE_ROOTS), null);
const pass = await runPass(assets, {
  files: new Map(),
  cwd: '',
  // fmtutil's line for pdflatex: pdftex engine, language.dat, cp227.tcx, *pdflatex.ini.
  env: { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1710288000', FORCE_SOURCE_DATE: '1' },
  args: ['-ini', '-etex', '-jobname=pdflatex', '-progname=pdflatex', '-translate-file=cp227.tcx', '*pdflatex.ini'],
});
const log = new TextDecoder().decode(pass.files.get('pdflatex.log') ?? new Uint8Array());
mkdirSync(TEXBUILD, { recursive: true });
writeFileSync(join(TEXBUILD, 'pdflatex-fmt.log'), log + '\n--- terminal ---\n' + pass.terminal);
const fmt = pass.files.get('pdflatex.fmt');
if (pass.status !== 0 || !fmt) {
  console.error(pass.terminal.slice(-3000));
  throw new Error(`format dump failed (status ${pass.status}); see ${TEXBUILD}/pdflatex-fmt.log`);
}
const packed = await packFormat(fmt);
writeFileSync(join(OUT, FORMAT_FILES.pdflatex), packed);
rmSync(join(OUT, 'pdflatex.fmt'), { force: true }); // the gzip form earlier builds shipped
const langs = /Hyphenation trie of length (\d+) has (\d+) ops/.exec(log);
console.error(`[tex-build] ${FORMAT_FILES.pdflatex}: ${packed.length} bytes (dumped ${fmt.length}) in ${Date.now() - started} ms; ${langs?.[0] ?? ''}`);
