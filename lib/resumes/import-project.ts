import type { ResumeFile } from '@/lib/db/records';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';

/** Limits that keep a runaway folder (node_modules, a video) out of the database. */
export const RESUME_LIMITS = { maxFiles: 300, maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 40 * 1024 * 1024 };

/** Extensions read as UTF-8 text; everything else (images, fonts, PDFs) is kept as bytes. */
const TEXT_EXTENSIONS = new Set(['tex', 'ltx', 'xtx', 'cls', 'sty', 'bib', 'bst', 'cfg', 'def', 'clo', 'fd', 'txt', 'md', 'bbx', 'cbx', 'lbx', 'dtx']);

/** Raised when a resume project cannot be imported; `message` tells the user why. */
export class ResumeImportError extends Error {
  override name = 'ResumeImportError';
}

export interface IncomingFile {
  /** Path as the browser gives it (`webkitRelativePath` for folders, the name otherwise). */
  path: string;
  bytes: Uint8Array;
}

export interface ImportedProject {
  name: string;
  mainFile: string;
  files: ResumeFile[];
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}

/** Normalises a path and refuses ones that could escape the project (absolute, `..`). */
export function normaliseProjectPath(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (clean.startsWith('/') || /^[a-z]:/i.test(clean) || clean.split('/').some((part) => part === '..' || part === '')) {
    throw new ResumeImportError(`"${path}" is not a path inside the project.`);
  }
  return clean;
}

/** Drops the folder name a directory upload puts in front of every path (`cv/resume.tex` → `resume.tex`). */
export function stripCommonFolder(paths: string[]): string[] {
  const first = paths[0]?.split('/')[0];
  if (!first || !paths.every((p) => p.includes('/') && p.split('/')[0] === first)) return paths;
  return paths.map((p) => p.slice(first.length + 1));
}

function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ResumeImportError(`"${path}" looks binary (it has NUL bytes), not a TeX file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ResumeImportError(`"${path}" is not UTF-8 text; save it as UTF-8 and import it again.`, { cause });
  }
}

/** Whether a TeX source is a complete document (a candidate main file). */
export function isMainTexSource(source: string): boolean {
  const live = source.replace(/(^|[^\\])%.*$/gm, '$1');
  return /\\documentclass\s*(\[[^\]]*\])?\s*\{/.test(live) && /\\begin\s*\{document\}/.test(live);
}

/** Picks the main file: a complete document, preferring the shallowest and common names. */
export function chooseMainFile(files: ResumeFile[]): string {
  const candidates = files.filter((f) => ['tex', 'ltx', 'xtx'].includes(extensionOf(f.path)) && typeof f.content === 'string' && isMainTexSource(f.content));
  if (candidates.length === 0) {
    throw new ResumeImportError('None of these files is a complete LaTeX document (\\documentclass … \\begin{document}). Include the main .tex file.');
  }
  const score = (p: string) => p.split('/').length * 10 + (/(^|\/)(main|resume|cv)[^/]*\.tex$/i.test(p) ? 0 : 5);
  // A name pdfTeX would misread (an option like -cnf-line=…, or %, ~, ") is never the main file.
  const safe = candidates.filter((f) => mainFileNameProblem(f.path) === null);
  if (safe.length === 0) throw new ResumeImportError(mainFileNameProblem(candidates[0].path)!);
  return safe.sort((a, b) => score(a.path) - score(b.path) || a.path.localeCompare(b.path))[0].path;
}

/**
 * Checks and decodes picked files without looking for a main file: sizes and counts, paths
 * inside the project, TeX sources as UTF-8 (refusing binary or mis-encoded ones). Used on its
 * own when files are added to a resume that already has its main file.
 */
export function readProjectFiles(incoming: IncomingFile[]): ResumeFile[] {
  if (incoming.length === 0) throw new ResumeImportError('No files were selected.');
  if (incoming.length > RESUME_LIMITS.maxFiles) {
    throw new ResumeImportError(`${incoming.length} files is more than a resume needs (limit ${RESUME_LIMITS.maxFiles}); pick the resume's own folder.`);
  }
  let total = 0;
  const paths = stripCommonFolder(incoming.map((f) => normaliseProjectPath(f.path)));
  const files: ResumeFile[] = incoming.map((file, i) => {
    const path = paths[i];
    if (file.bytes.length > RESUME_LIMITS.maxFileBytes) {
      throw new ResumeImportError(`"${path}" is ${(file.bytes.length / 1048576).toFixed(1)} MB; files over ${RESUME_LIMITS.maxFileBytes / 1048576} MB are refused.`);
    }
    total += file.bytes.length;
    return { path, content: TEXT_EXTENSIONS.has(extensionOf(path)) ? decodeText(path, file.bytes) : file.bytes };
  });
  if (total > RESUME_LIMITS.maxTotalBytes) {
    throw new ResumeImportError(`The project is ${(total / 1048576).toFixed(1)} MB; the limit is ${RESUME_LIMITS.maxTotalBytes / 1048576} MB.`);
  }
  return files;
}

/**
 * Turns files the user picked into a resume project: the checks of `readProjectFiles`, then
 * the main file found.
 */
export function importResumeProject(incoming: IncomingFile[], name?: string): ImportedProject {
  const files = readProjectFiles(incoming);
  const mainFile = chooseMainFile(files);
  const base = mainFile.split('/').pop()!.replace(/\.[^.]+$/, '');
  return { name: name?.trim() || base, mainFile, files };
}
