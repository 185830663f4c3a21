// Native pdflatex/xelatex reading the *same TeX Live release's files* as Bespoke's bundle.
//
// Why: Debian 12's native TeX Live is 2022, while the bundle is built from Debian 13's TeX Live
// 2024 files (scripts/tex/debs.lock). Between the two, LaTeX's kernel and packages changed
// spacing (e.g. Awesome-CV's honours table sits 14 pt higher with the 2024 files), so a
// difference against Debian 12's xelatex can be the release, not Bespoke's engine. This runs
// the host's native engines on the build's unpacked tree (TEXBUILD/overlay, tree/usr/share/texmf,
// tree/usr/share/texlive/texmf-dist: the roots scripts/tex/paths.ts searches) with formats dumped
// natively from that tree, so the only difference left is the engine itself.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOTS = ['overlay', 'tree/usr/share/texmf', 'tree/usr/share/texlive/texmf-dist'];

/**
 * The environment that points the host's kpathsea at the build's tree. Prepared once in
 * `cacheDir` (a filename database per root, made through symlinks so the tree is never
 * written; the formats dumped by the native engines).
 */
export function sameReleaseEnv(texbuild: string, cacheDir: string): NodeJS.ProcessEnv {
  const cache = resolve(cacheDir);
  const roots = ROOTS.map((root, i) => {
    const linked = join(cache, `root${i}`);
    if (!existsSync(join(linked, 'ls-R'))) {
      mkdirSync(linked, { recursive: true });
      const source = resolve(texbuild, root);
      if (!existsSync(source)) throw new Error(`${source} is missing: run npm run build:tex first (or pass the TEXBUILD folder)`);
      for (const entry of readdirSync(source)) {
        if (entry !== 'ls-R' && !existsSync(join(linked, entry))) symlinkSync(join(source, entry), join(linked, entry));
      }
      execFileSync('mktexlsr', [linked], { stdio: 'ignore' });
    }
    return linked;
  });
  const texmf = `{${roots.map((r) => `!!${r}`).join(',')}}`;
  const formats = join(cache, 'formats');
  mkdirSync(formats, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEXMF: texmf, TEXMFDBS: texmf, TEXMFDIST: roots[2], TEXMFMAIN: roots[2],
    TEXMFHOME: '/nonexistent', TEXMFLOCAL: '/nonexistent', TEXMFCONFIG: join(cache, 'config'),
    TEXMFVAR: join(cache, 'var'), TEXMFSYSVAR: join(cache, 'var'), TEXMFSYSCONFIG: join(cache, 'config'),
    TEXFORMATS: `.:${formats}`,
  };
  for (const [job, engine] of [['pdflatex', 'pdftex'], ['xelatex', 'xetex']] as const) {
    if (existsSync(join(formats, `${job}.fmt`))) continue;
    execFileSync(engine, ['-ini', '-etex', '-interaction=nonstopmode', `-jobname=${job}`, `-progname=${job}`, `${job}.ini`],
      { cwd: formats, env, stdio: 'ignore', timeout: 300_000 });
  }
  writeFileSync(join(cache, 'README'), `Made by scripts/eval/same-release-tex.ts from ${resolve(texbuild)}; safe to delete.\n`);
  return env;
}
