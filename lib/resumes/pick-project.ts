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

function overLimits(files: PendingFile[]): boolean {
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  return files.length > RESUME_LIMITS.maxFiles || total > RESUME_LIMITS.maxTotalBytes || files.some((f) => f.bytes > RESUME_LIMITS.maxFileBytes);
}

/** Refuses, by declared size and before anything is read or inflated, what stays over the limits. */
function checkLimits(files: PendingFile[], leftOut: number): void {
  const after = leftOut > 0 ? `, even without the ${leftOut} no TeX file names` : '';
  if (files.length > RESUME_LIMITS.maxFiles) {
    throw new ResumeImportError(`${files.length} files is more than a resume needs (limit ${RESUME_LIMITS.maxFiles}${after}); pick or zip only the resume's own folder.`);
  }
  const huge = files.find((f) => f.bytes > RESUME_LIMITS.maxFileBytes);
  if (huge) throw new ResumeImportError(`"${huge.path}" is ${(huge.bytes / 1048576).toFixed(1)} MB; files over ${RESUME_LIMITS.maxFileBytes / 1048576} MB are refused.`);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  if (total > RESUME_LIMITS.maxTotalBytes) {
    throw new ResumeImportError(`The project is ${(total / 1048576).toFixed(1)} MB${after}; the limit is ${RESUME_LIMITS.maxTotalBytes / 1048576} MB.`);
  }
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
  if (overLimits(pending)) {
    const sources = pending.filter((f) => isTexText(f.path));
    checkLimits(sources, pending.length - sources.length);
    const decoder = new TextDecoder();
    const texts = new Map<string, string>();
    for (const source of sources) texts.set(source.path, decoder.decode(await source.read()));
    const selection = selectTexFiles(pending.map((f) => ({ path: f.path, bytes: f.bytes })), (path) => texts.get(path) ?? '');
    const kept = new Set(selection.kept);
    keep = pending.filter((f) => kept.has(f.path));
    checkLimits(keep, selection.leftOut.length);
    // Named as the project will hold them (a folder upload's or a zip's top folder dropped).
    const stripped = stripCommonFolder(pending.map((f) => f.path));
    const shown = new Map(pending.map((f, i) => [f.path, stripped[i]!]));
    leftOut = leftOutNote({ ...selection, leftOut: selection.leftOut.map((path) => shown.get(path) ?? path) });
  }
  const files: IncomingFile[] = [];
  for (const file of keep) files.push({ path: file.path, bytes: await file.read() });
  return { files, leftOut };
}
