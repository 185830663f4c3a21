// Font packages (Roboto, Lato, Source Sans …) hold hundreds of weights × encodings × figure
// styles; a résumé reads a handful. For every font package and option set the gathered projects
// use (usage.json: fontPackageOptions; without options, every other package with Type 1 outlines
// that a pdfLaTeX project loads), one probe document sets text in every common shape and size,
// in T1 and OT1, and pdfTeX's -recorder says which font files it read. select-files.ts
// ships those of a font package's fonts (the rest comes on demand). Writes
// $TEXBUILD/font-probe-files.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TexFileSource } from '../../lib/tex/bundle';
import { compileJob } from '../../lib/tex/compile-job';
import { FORMAT_FILES, inflateFormat } from '../../lib/tex/format-file';
import { PDFTEX_MAP } from '../../lib/tex/overlay-source';
import { TEXMF_ROOT } from '../../lib/tex/texmf-cnf';
import { parseTlpdb } from '../../lib/tex/tlpdb';
import { loadBuildAssets } from './build-assets';
import { createDiskSource } from './disk-source';
import { OUT, REPO, TEXBUILD, TREE_ROOTS } from './paths';
import { packageOfFile, readTier, type Usage } from './tier';

// The same text is set in T1 (fontenc's last option is the default, so it is listed last) and
// again in OT1 (LaTeX's default when a template loads no fontenc): templates use either, and each
// has its own metric files. \symbols sets TS1 (text companion) characters in each shape, which
// LaTeX takes from the family's own TS1 fonts, and ligatures, accents and quotes, which a family's
// virtual fonts may take from another font (kpfonts' expert font); \figures the figure styles a
// package offers (lining, tabular, old-style: headings and footers of templates pick them); the
// formula the family's math fonts, for packages that set math too (kpfonts, newpx).
const BODY = String.raw`\newcommand\figures{\ifdefined\textlf\textlf{0123}\fi\ifdefined\texttlf\texttlf{0123}\fi\ifdefined\textosf\textosf{0123}\fi\ifdefined\texttosf\texttosf{0123}\fi}
\newcommand\symbols{\textbullet\,\textdegree\,\texteuro\,\textcopyright\,\textperiodcentered\,\textasteriskcentered\ fi fl ff ffi ffl \textquotedblleft q\textquotedblright\ \'e \"u \ss\ \c{c}}
\newcommand\probe{Regular text \symbols, \textbf{bold \symbols}, \textit{italic \symbols}, \textbf{\textit{bold italic \symbols}},
\textsl{slanted \symbols}, \textsc{Small Caps 0123 fi ffl}, \textbf{\textsc{Bold Caps 0123}},
\textsf{sans \symbols\ \textbf{bold \symbols} \textit{italic} \textbf{\textit{bold italic}} \textsl{slanted} \textsc{Sans Caps 0123 fi}},
\texttt{mono \textbf{bold} \textit{italic}}, 2024--2025 \& 100\%. \figures\ \textbf{\figures}
$x_i^2 + \alpha \leq \sum_{i=1}^n \int_0^1 f(x)\,dx \cdot \mathbf{v} \in \{\mathcal{A}\}$.
{\small small} {\footnotesize footnote} {\large large} {\Large Large} {\LARGE LARGE} {\huge huge} {\Huge Huge}\par}
\begin{document}
\probe
{\fontencoding{OT1}\selectfont\probe}
\end{document}
`;

const usage = JSON.parse(readFileSync(join(REPO, readTier().measured.usage), 'utf8')) as Usage & { fontPackageOptions?: Record<string, string[]> };
const db = parseTlpdb(readFileSync(join(TEXBUILD, 'texlive.tlpdb'), 'utf8'));
/**
 * Package name → the option sets to probe it with: those real projects load it with, and (with
 * no options) every other package a pdfLaTeX project loads whose TeX Live package has Type 1
 * outlines, so a font package the usage count does not know as one (dsfont.sty, librefranklin.sty)
 * is probed too: unprobed, a family one project loads would ship no outline at all.
 */
function probeOptions(): Map<string, string[]> {
  const out = new Map(Object.entries(usage.fontPackageOptions ?? {}));
  const byFile = packageOfFile(db);
  for (const [file, projects] of Object.entries(usage.counts.pdflatex ?? {})) {
    if (!file.endsWith('.sty') || projects < 1) continue;
    const name = file.slice(0, -'.sty'.length);
    const pkg = db.get(byFile.get(file) ?? '');
    if (!out.has(name) && pkg?.runfiles.some((p) => p.endsWith('.pfb'))) out.set(name, ['']);
  }
  return out;
}
// The first selection pass lists the font packages whole: probing over it (not the 2.6 GB
// tree) keeps each probe fast.
const first = new Set(readFileSync(join(TEXBUILD, 'bundle-files.txt'), 'utf8').split('\n').filter(Boolean));
first.add(PDFTEX_MAP);
const disk = createDiskSource(TREE_ROOTS);
const source: TexFileSource = { *list() { for (const e of disk.list()) if (first.has(e[0])) yield e; }, read: (p) => disk.read(p) };
const assets = await loadBuildAssets(source, await inflateFormat(readFileSync(join(OUT, FORMAT_FILES.pdflatex))));
const read = new Set<string>();
for (const [pkg, optionSets] of probeOptions()) {
  for (const options of optionSets) {
    const tex = `\\documentclass{article}\n\\usepackage[OT1,T1]{fontenc}\n\\usepackage${options ? `[${options}]` : ''}{${pkg}}\n${BODY}`;
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
