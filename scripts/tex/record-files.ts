// Compiles every corpus resume and coverage document over the full unpacked tree and
// records the texmf files each one reads (pdfTeX's -recorder .fls plus every file the lazy
// file system had to open), writing the bundle's file list to $TEXBUILD/recorded-files.txt.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJob } from '../../lib/tex/compile-job';
import { readProjectDir } from '../../lib/tex/node-project';
import { TEXMF_ROOT } from '../../lib/tex/texmf-cnf';
import type { CompileRequest } from '../../lib/tex/types';
import { CORPUS_RESUMES } from '../../tests/fixtures/tex/corpus-resumes';
import { loadBuildAssets } from './build-assets';
import { createDiskSource } from './disk-source';
import { OUT, REPO, TEXBUILD, TREE_ROOTS } from './paths';
import { readTier, type Usage } from './tier';

const COVERAGE = join(REPO, 'tests/fixtures/tex/coverage');

/**
 * One small document per class and package that the gathered real projects load (tier.json:
 * measured): what it reads is the package's dependencies, so they ship with it.
 */
function probeJobs(): { name: string; request: CompileRequest }[] {
  const tier = readTier();
  const usagePath = join(REPO, tier.measured.usage);
  if (!existsSync(usagePath)) return [];
  const usage = JSON.parse(readFileSync(usagePath, 'utf8')) as Usage;
  const body = '\\begin{document}\nProbe text, \\textbf{bold}, \\textit{italic}, \\textsc{Small Caps}, \\texttt{mono}. \\end{document}\n';
  return Object.entries(usage.counts.all ?? {})
    .filter(([, n]) => n >= tier.measured.minProjects)
    .map(([file]) => {
      const name = file.slice(0, file.lastIndexOf('.'));
      const tex = file.endsWith('.cls') ? `\\documentclass{${name}}\n${body}` : `\\documentclass{article}\n\\usepackage{${name}}\n${body}`;
      return { name: `probe/${file}`, request: { mainFile: 'probe.tex', files: { 'probe.tex': tex } } };
    });
}

/** Every document the bundle must serve: corpus resumes, coverage documents, probes. */
export function recordingJobs(): { name: string; request: CompileRequest }[] {
  const jobs = CORPUS_RESUMES.filter((r) => existsSync(r.dir)).map((r) => ({ name: r.name, request: { mainFile: r.mainFile, files: readProjectDir(r.dir) } }));
  for (const f of readdirSync(COVERAGE).filter((n) => n.endsWith('.tex')).sort()) {
    jobs.push({ name: `coverage/${f}`, request: { mainFile: f, files: { [f]: readFileSync(join(COVERAGE, f)) } } });
  }
  return [...jobs, ...probeJobs()];
}

const source = createDiskSource(TREE_ROOTS);
const assets = await loadBuildAssets(source, readFileSync(join(OUT, 'pdflatex.fmt')));
const recorded = new Set<string>();
let failures = 0;
for (const job of recordingJobs()) {
  const result = await compileJob(assets, { ...job.request, timeoutMs: 120_000 }, {
    extraArgs: ['-recorder'],
    onPass(pass) {
      for (const [path, bytes] of pass.files) {
        if (!path.endsWith('.fls')) continue;
        for (const m of new TextDecoder().decode(bytes).matchAll(/^INPUT (\S+)$/gm)) {
          if (m[1]!.startsWith(`${TEXMF_ROOT}/`)) recorded.add(m[1]!.slice(TEXMF_ROOT.length + 1));
        }
      }
    },
  });
  const status = result.ok ? 'ok' : 'FAILED';
  if (!result.ok) failures++;
  if (job.name.startsWith('probe/')) { if (!result.ok) console.error(`[tex-build] probe failed (recorded anyway) ${job.name}: ${result.errors[0]?.message.split('\n')[0] ?? ''}`); continue; }
  console.error(`[tex-build] ${status} ${job.name}: ${result.pages} pages, ${result.ms} ms` +
    (result.ok ? '' : `\n  ${result.errors.slice(0, 5).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n  ')}`));
}
for (const path of source.reads) recorded.add(path);
recorded.delete('ls-R');
const list = [...recorded].sort();
writeFileSync(join(TEXBUILD, 'recorded-files.txt'), list.join('\n') + '\n');
console.error(`[tex-build] recorded ${list.length} texmf files (${failures} documents failed)`);
