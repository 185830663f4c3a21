// Compiles every corpus resume and coverage document over the full unpacked tree and
// records the texmf files each one reads (pdfTeX's -recorder .fls plus every file the lazy
// file system had to open), writing the bundle's file list to $TEXBUILD/recorded-files.txt.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJob } from '../../lib/tex/compile-job';
import { FORMAT_FILES, inflateFormat } from '../../lib/tex/format-file';
import { readProjectDir } from '../../lib/tex/node-project';
import { TEXMF_ROOT } from '../../lib/tex/texmf-cnf';
import type { CompileRequest } from '../../lib/tex/types';
import { CORPUS_RESUMES } from '../../tests/fixtures/tex/corpus-resumes';
import { loadBuildAssets } from './build-assets';
import { createDiskSource } from './disk-source';
import { OUT, REPO, TEXBUILD, TREE_ROOTS } from './paths';

const COVERAGE = join(REPO, 'tests/fixtures/tex/coverage');

/** Every document the bundle must serve: corpus resumes, then the coverage documents. */
export function recordingJobs(): { name: string; request: CompileRequest }[] {
  const jobs = CORPUS_RESUMES.filter((r) => existsSync(r.dir)).map((r) => ({ name: r.name, request: { mainFile: r.mainFile, files: readProjectDir(r.dir) } }));
  for (const f of readdirSync(COVERAGE).filter((n) => n.endsWith('.tex')).sort()) {
    jobs.push({ name: `coverage/${f}`, request: { mainFile: f, files: { [f]: readFileSync(join(COVERAGE, f)) } } });
  }
  return jobs;
}

const source = createDiskSource(TREE_ROOTS);
const assets = await loadBuildAssets(source, await inflateFormat(readFileSync(join(OUT, FORMAT_FILES.pdflatex))));
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
  console.error(`[tex-build] ${status} ${job.name}: ${result.pages} pages, ${result.ms} ms` +
    (result.ok ? '' : `\n  ${result.errors.slice(0, 5).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n  ')}`));
}
for (const path of source.reads) recorded.add(path);
recorded.delete('ls-R');
const list = [...recorded].sort();
writeFileSync(join(TEXBUILD, 'recorded-files.txt'), list.join('\n') + '\n');
console.error(`[tex-build] recorded ${list.length} texmf files (${failures} documents failed)`);
