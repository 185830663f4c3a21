import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PROJECT_BYTES } from './compile-job';
import { TexRequestError } from './errors';
import { leftOutNote, selectTexFiles, type SizedPath } from './tex-named-files';
import type { ProjectFileContent } from './types';

/** More files than this and only TeX's own files and those they name are read (tex-named-files.ts). */
export const MAX_PROJECT_FILES = 2000;
/** A folder with more files than this is refused outright (a home folder, not a project). */
export const MAX_WALKED_FILES = 50_000;

export interface ProjectDir {
  files: Record<string, ProjectFileContent>;
  /** Set when the folder was over the limits and files no TeX file names were left out. */
  leftOut: string | null;
}

/**
 * A package manager's folder: a CV kept in a web project's repository (the CLI's default root is
 * the enclosing .git folder) would otherwise bring tens of thousands of files, whose source maps
 * (.map) and .def/.cfg files look like TeX's own. No LaTeX project keeps its sources there.
 */
const NODE_MODULES = 'node_modules';

function listFiles(dir: string): SizedPath[] {
  const entries: SizedPath[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || (entry.name === NODE_MODULES && entry.isDirectory())) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const stat = statSync(join(dir, path));
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        if (entries.length >= MAX_WALKED_FILES) {
          throw new TexRequestError(`The folder ${dir} has more than ${MAX_WALKED_FILES} files; is it really a LaTeX project?`);
        }
        entries.push({ path, bytes: stat.size });
      }
    }
  };
  walk('');
  return entries;
}

/**
 * Reads a folder as a compile project (Node only): paths relative to `dir`, contents as bytes.
 * Hidden files and folders (.git …) and node_modules are left out; so, when the folder is larger than a compile
 * takes (a website repository with a CV in it), are the files no TeX file of it names.
 */
export function readProjectFolder(dir: string): ProjectDir {
  let entries = listFiles(dir);
  let leftOut: string | null = null;
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  const files: Record<string, ProjectFileContent> = {};
  const read = (path: string): Uint8Array => (files[path] ??= new Uint8Array(readFileSync(join(dir, path)))) as Uint8Array;
  if (entries.length > MAX_PROJECT_FILES || total > MAX_PROJECT_BYTES) {
    // The sources read to decide are kept: each file is read once.
    const latin1 = new TextDecoder('latin1');
    const selection = selectTexFiles(entries, (path) => latin1.decode(read(path)));
    const kept = new Set(selection.kept);
    entries = entries.filter((e) => kept.has(e.path));
    leftOut = leftOutNote(selection);
  }
  for (const { path } of entries) read(path);
  return { files, leftOut };
}

/** `readProjectFolder`'s files alone. */
export function readProjectDir(dir: string): Record<string, ProjectFileContent> {
  return readProjectFolder(dir).files;
}
