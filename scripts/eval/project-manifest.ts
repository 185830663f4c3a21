// The manifests of gathered projects (scripts/tex/eval/projects-N.tsv): one row per project, tab
// separated, columns named in the first line (name, repo, commit, path_in_repo, main_file, engine,
// licence, kind, native_ok).
import { readFileSync } from 'node:fs';

export interface ManifestRow { name: string; main: string; engine: string; native: string }

/** The rows of a manifest, by column name (a manifest without native_ok reads it as ''). */
export function readManifest(path: string): ManifestRow[] {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return lines.map((l) => l.split('\t')).map((c) => ({
    name: c[at('name')]!, main: c[at('main_file')]!, engine: c[at('engine')]!, native: at('native_ok') >= 0 ? c[at('native_ok')] ?? '' : '',
  }));
}
