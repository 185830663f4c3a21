// Font packages (Roboto, Lato, Source Sans …) hold hundreds of weights × encodings × figure
// styles; a résumé reads a handful. For every font package and option set the gathered projects
// use (usage.json: fontPackageOptions), one probe document sets text in every common shape and
// size, in T1 and OT1, and pdfTeX's -recorder says which font files it read. select-files.ts
// ships those of a font package's fonts (the rest comes on demand). Writes
// $TEXBUILD/font-probe-files.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TexFileSource } from '../../lib/tex/bundle';
import { compileJob } from '../../lib/tex/compile-job';
import { FORMAT_FILES, inflateFormat } from '../../lib/tex/format-file';
import { PDFTEX_MAP } from '../../lib/tex/overlay-source';
import { TEXMF_ROOT } from '../../lib/tex/texmf-cnf';
import { loadBuildAssets } from './build-assets';
import { createDiskSource } from './disk-source';
import { OUT, REPO, TEXBUILD, TREE_ROOTS } from './paths';
import { readTier } from './tier';

const BODY = String.raw`\begin{document}
Regular text, \textbf{bold}, \textit{italic}, \textbf{\textit{bold italic}}, \textsl{slanted}, \textsc{Small Caps},
\textsf{sans \textbf{bold} \textit{italic}}, \texttt{mono \textbf{bold}}, 2024--2025 \& 100\%.
{\small small} {\footnotesize footnote} {\large large} {\Large Large} {\LARGE LARGE} {\huge huge} {\Huge Huge}
{\fontencoding{OT1}\selectfont OT1 regular \textbf{bold} \textit{italic} \textsc{caps}}
\end{document}
`;

const usage = JSON.parse(readFileSync(join(REPO, readTier().measured.usage), 'utf8')) as { fontPackageOptions?: Record<string, string[]> };
// The first selection pass lists the font packages whole: probing over it (not the 2.6 GB
// tree) keeps each probe fast.
const first = new Set(readFileSync(join(TEXBUILD, 'bundle-files.txt'), 'utf8').split('\n').filter(Boolean));
first.add(PDFTEX_MAP);
const disk = createDiskSource(TREE_ROOTS);
const source: TexFileSource = { *list() { for (const e of disk.list()) if (first.has(e[0])) yield e; }, read: (p) => disk.read(p) };
const assets = await loadBuildAssets(source, inflateFormat(readFileSync(join(OUT, FORMAT_FILES.pdflatex))));
const read = new Set<string>();
for (const [pkg, optionSets] of Object.entries(usage.fontPackageOptions ?? {})) {
  for (const options of optionSets) {
    const tex = `\\documentclass{article}\n\\usepackage[T1,OT1]{fontenc}\n\\usepackage${options ? `[${options}]` : ''}{${pkg}}\n${BODY}`;
    const result = await compileJob(assets, { mainFile: 'probe.tex', files: { 'probe.tex': tex }, timeoutMs: 120_000 }, {
      extraArgs: ['-recorder'],
      onPass(pass) {
        const fls = pass.files.get('probe.fls');
        for (const m of new TextDecoder().decode(fls ?? new Uint8Array()).matchAll(/^INPUT (\S+)$/gm)) {
          if (m[1]!.startsWith(`${TEXMF_ROOT}/fonts/`)) read.add(m[1]!.slice(TEXMF_ROOT.length + 1));
        }
      },
    });
    console.error(`[tex-build] font probe ${pkg}[${options}]: ${result.ok ? 'ok' : `failed: ${result.errors[0]?.message.split('\n')[0]}`}`);
  }
}
writeFileSync(join(TEXBUILD, 'font-probe-files.txt'), [...read].sort().join('\n') + '\n');
console.error(`[tex-build] font probes read ${read.size} font files`);
