// Real TeX Live files for the fake mirror, from a Debian package of this machine's suite:
// `apt-get download` (the archive is reachable in CI), checked against a pinned SHA-256, and
// unpacked with dpkg-deb. The e2e test serves one TeX Live package of it the way TeX Live's
// archive would.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Debian 12's texlive-humanities: small (0.5 MB) and none of it ships in Bespoke's bundle. */
export const HUMANITIES_DEB = {
  package: 'texlive-humanities',
  version: '2022.20230122-4',
  file: 'texlive-humanities_2022.20230122-4_all.deb',
  sha256: 'c7752b97c9ee9819cff5e924d8eb2df463882ed77c4278c8b369ecf7a4d8c23f',
};

const CACHE = join(import.meta.dirname, '../../../node_modules/.cache/bespoke-debs');

function download(deb: typeof HUMANITIES_DEB): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, deb.file);
  if (!existsSync(path)) {
    const get = () => execFileSync('apt-get', ['download', '-q', `${deb.package}=${deb.version}`], { cwd: CACHE, stdio: 'pipe' });
    try {
      get();
    } catch {
      // A fresh machine may have no package lists yet.
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe' });
      get();
    }
  }
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha !== deb.sha256) throw new Error(`${deb.file}: SHA-256 ${sha}, expected ${deb.sha256}`);
  return path;
}

/** The texmf-dist files of one TeX Live package folder (`tex/latex/parallel`) in the Debian package. */
export function texmfFilesFromDeb(deb: typeof HUMANITIES_DEB, folder: string): Record<string, Uint8Array> {
  const out = join(CACHE, deb.file.replace(/\.deb$/, ''));
  if (!existsSync(out)) execFileSync('dpkg-deb', ['-x', download(deb), out]);
  const root = join(out, 'usr/share/texlive/texmf-dist');
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full)] = new Uint8Array(readFileSync(full));
    }
  };
  walk(join(root, folder));
  return files;
}
