import { isTexText, leftOutNote, selectTexFiles } from '@/lib/tex/tex-named-files';
import { RESUME_LIMITS, ResumeImportError, stripCommonFolder, type IncomingFile } from './import-project';

/** A picked file (or zip entry) before it is read: its path, its size as declared, how to read it. */
export interface PendingFile {
  path: string;
  bytes: number;
  read: () => Promise<Uint8Array> | Uint8Array;
}

export interface ReadPick {
  files: IncomingFile[];
  /** Set when the pick was over the limits and files no TeX file names were left out. */
  leftOut: string | null;
}

/** Why files stay over the import limits (by declared size), or null when they fit. */
function limitProblem(files: PendingFile[], leftOut = 0): string | null {
  const after = leftOut > 0 ? `, even without the ${leftOut} no TeX file names` : '';
  if (files.length > RESUME_LIMITS.maxFiles) {
    return `${files.length} files is more than a resume needs (limit ${RESUME_LIMITS.maxFiles}${after}); pick or zip only the resume's own folder.`;
  }
  const huge = files.find((f) => f.bytes > RESUME_LIMITS.maxFileBytes);
  if (huge) return `"${huge.path}" is ${(huge.bytes / 1048576).toFixed(1)} MB; files over ${RESUME_LIMITS.maxFileBytes / 1048576} MB are refused.`;
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  if (total > RESUME_LIMITS.maxTotalBytes) return `The project is ${(total / 1048576).toFixed(1)} MB${after}; the limit is ${RESUME_LIMITS.maxTotalBytes / 1048576} MB.`;
  return null;
}

/** Refuses, before anything is read or inflated, what stays over the limits. */
function checkLimits(files: PendingFile[], leftOut = 0): void {
  const problem = limitProblem(files, leftOut);
  if (problem) throw new ResumeImportError(problem);
}

/**
 * Reads a pick within the import limits. A folder over them (a website repository with the CV
 * in it, a GitHub "Download ZIP") keeps TeX's files, fonts and the files they name
 * (tex-named-files.ts); only TeX sources are read to decide, the rest only if kept. What is
 * still over the limits is refused before it is read, so a zip bomb inflates nothing.
 */
export async function readWithinLimits(pending: PendingFile[]): Promise<ReadPick> {
  let keep = pending;
  let leftOut: string | null = null;
  // Sources read to decide are kept, so each is read (or inflated) once.
  const read = new Map<string, Uint8Array>();
  if (limitProblem(pending) !== null) {
    const sources = pending.filter((f) => isTexText(f.path));
    checkLimits(sources, pending.length - sources.length);
    for (const source of sources) read.set(source.path, await source.read());
    const decoder = new TextDecoder();
    const selection = selectTexFiles(pending, (path) => decoder.decode(read.get(path)));
    const kept = new Set(selection.kept);
    keep = pending.filter((f) => kept.has(f.path));
    checkLimits(keep, selection.leftOut.length);
    // Named as the project will hold them (a folder upload's or a zip's top folder dropped).
    const stripped = stripCommonFolder(pending.map((f) => f.path));
    const shown = new Map(pending.map((f, i) => [f.path, stripped[i]!]));
    leftOut = leftOutNote({ ...selection, leftOut: selection.leftOut.map((path) => shown.get(path) ?? path) });
  }
  const files: IncomingFile[] = [];
  for (const file of keep) files.push({ path: file.path, bytes: read.get(file.path) ?? await file.read() });
  return { files, leftOut };
}
