/**
 * Node-only: reads a resume project from disk (the main file and every file in its folder
 * tree) into a `TexProject`. Kept apart so nothing else in lib/tailor imports `node:fs`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { TexProject } from '../segment/types';

const TEXT = /\.(tex|ltx|xtx|cls|sty|bib|cfg|bst|def|clo|fd)$/i;
const MAX_FILES = 400;
const MAX_BYTES = 40 * 1024 * 1024;

/** Thrown when a project cannot be read (missing main file, too large). */
export class ProjectReadError extends Error {
  override name = 'ProjectReadError';
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); }
}

function listFiles(dir: string, out: string[], depth: number): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) { if (depth < 4) listFiles(p, out, depth + 1); }
    else out.push(p);
    if (out.length > MAX_FILES) throw new ProjectReadError(`The folder ${dir} holds more than ${MAX_FILES} files; point --resume at a resume's own folder.`);
  }
}

/** Loads the project whose main file is `mainPath`, with every file under its folder. */
export function loadProjectFromDisk(mainPath: string): TexProject {
  let st;
  try { st = statSync(mainPath); } catch (cause) { throw new ProjectReadError(`Cannot read the resume file ${mainPath}.`, { cause }); }
  if (!st.isFile()) throw new ProjectReadError(`${mainPath} is not a file.`);
  const root = dirname(mainPath);
  const paths: string[] = [];
  listFiles(root, paths, 0);
  const files: TexProject['files'] = {};
  let total = 0;
  for (const p of paths) {
    const bytes = readFileSync(p);
    total += bytes.length;
    if (total > MAX_BYTES) throw new ProjectReadError(`The resume folder is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
    const rel = relative(root, p).split('\\').join('/');
    files[rel] = TEXT.test(p) ? bytes.toString('utf8') : new Uint8Array(bytes);
  }
  return { mainFile: basename(mainPath), files };
}
