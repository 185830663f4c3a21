import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TexRequestError } from './errors';
import type { ProjectFileContent } from './types';

/** Larger projects are refused (resume folders are a few MB at most). */
export const MAX_PROJECT_FILES = 2000;

/**
 * Reads every file under `dir` as a compile project (Node only): paths relative to `dir`,
 * contents as bytes. Hidden files and folders (.git …) are left out.
 */
export function readProjectDir(dir: string): Record<string, ProjectFileContent> {
  const files: Record<string, ProjectFileContent> = {};
  let count = 0;
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const full = join(dir, path);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory());
      if (isDir) walk(path);
      else {
        if (++count > MAX_PROJECT_FILES) {
          throw new TexRequestError(`The folder ${dir} has more than ${MAX_PROJECT_FILES} files; is it really a LaTeX project?`);
        }
        files[path] = new Uint8Array(readFileSync(full));
      }
    }
  };
  walk('');
  return files;
}
