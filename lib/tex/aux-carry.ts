// The job's paths and the auxiliary files (.aux, .toc, .bbl …) carried from one compile of a
// project to the next, so unchanged references settle in one pass, as pdflatex in a folder does.
import type { PassOutput } from './run-pass';
import type { CompileRequest } from './types';

/** The main file's folder (TeX's working folder), that folder as a path prefix, its name and the job name. */
export function mainFileJob(mainFile: string): { cwd: string; prefix: string; mainName: string; jobName: string } {
  const slash = mainFile.lastIndexOf('/');
  const cwd = slash < 0 ? '' : mainFile.slice(0, slash);
  const mainName = mainFile.slice(slash + 1);
  return { cwd, prefix: cwd ? `${cwd}/` : '', mainName, jobName: mainName.replace(/\.(tex|ltx|xtx)$/i, '') };
}

/** A path TeX printed (relative to the main file's folder, maybe `./`-prefixed) as a job path. */
export function jobPath(mainFile: string, printed: string): string {
  return mainFileJob(mainFile).prefix + printed.replace(/^(\.\/)+/, '');
}

/** A job-relative path TeX may see: no absolute paths, no `..`, no empty or odd segments. */
export function checkPath(path: string): string | null {
  if (!path || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return 'is not a relative path';
  if (path.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'has an empty, "." or ".." segment';
  return null;
}

/** Auxiliary files carried from one compile to the next: at most this many bytes each, and in all. */
export const MAX_AUX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_AUX_TOTAL_BYTES = 8 * 1024 * 1024;

/** The request's auxiliary files that may seed the first pass: valid paths, not project files, within the limits. */
export function auxSeeds(aux: CompileRequest['auxFiles'], input: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const seeds = new Map<string, Uint8Array>();
  let total = 0;
  for (const [path, bytes] of Object.entries(aux ?? {})) {
    if (checkPath(path) || input.has(path) || !(bytes instanceof Uint8Array)) continue;
    if (bytes.length > MAX_AUX_FILE_BYTES || total + bytes.length > MAX_AUX_TOTAL_BYTES) continue;
    total += bytes.length;
    seeds.set(path, bytes);
  }
  return seeds;
}

/**
 * What the last pass wrote beside the project's files that the next compile of the same project
 * can start from (.aux, .out, .toc, .bbl …): not the PDF, the .xdv or the log.
 */
export function writtenAux(pass: PassOutput, used: Map<string, Uint8Array>, outputs: string[]): Record<string, Uint8Array> {
  const aux: Record<string, Uint8Array> = {};
  let total = 0;
  for (const [path, bytes] of pass.files) {
    if (used.has(path) || outputs.includes(path) || /\.(log|synctex(\.gz)?|fls)$/i.test(path)) continue;
    if (bytes.length > MAX_AUX_FILE_BYTES || total + bytes.length > MAX_AUX_TOTAL_BYTES) continue;
    total += bytes.length;
    aux[path] = bytes;
  }
  return aux;
}
