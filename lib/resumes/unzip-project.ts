import { unzipSync } from 'fflate';
import { RESUME_LIMITS, ResumeImportError, type IncomingFile } from './import-project';

/**
 * Whether a picked file is a zip archive to expand. By name only: a `.docx` or an `.otf`
 * collection also starts with a zip signature, and those are not projects.
 */
export function isZipFile(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** Entries a zip tool adds that are not part of the project (macOS resource forks, Finder and Explorer litter). */
function isLitter(path: string): boolean {
  return /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini|\.git)(\/|$)/.test(path);
}

/**
 * Expands a `.zip` of a resume project (Overleaf's "Download source", a zipped folder) into the
 * files the folder import takes. Sizes are checked against the archive's own listing *before*
 * anything is inflated, so a zip bomb is refused instead of filling the memory; folders and the
 * litter zip tools add are skipped. Paths are checked later by `importResumeProject` (an entry
 * such as `../x.tex` is refused there, with its name).
 */
export function unzipProject(zipName: string, bytes: Uint8Array): IncomingFile[] {
  let declaredTotal = 0;
  let entries = 0;
  let tooBig: string | null = null;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || isLitter(file.name)) return false;
        entries++;
        declaredTotal += file.originalSize;
        if (file.originalSize > RESUME_LIMITS.maxFileBytes) tooBig ??= file.name;
        // Nothing is inflated once a limit is passed: the error below names it.
        return entries <= RESUME_LIMITS.maxFiles && declaredTotal <= RESUME_LIMITS.maxTotalBytes && tooBig === null;
      },
    });
  } catch (cause) {
    throw new ResumeImportError(`"${zipName}" is not a zip archive Bespoke can read (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
  }
  if (tooBig) throw new ResumeImportError(`"${tooBig}" in ${zipName} is over ${RESUME_LIMITS.maxFileBytes / 1048576} MB; files that big are refused.`);
  if (entries > RESUME_LIMITS.maxFiles) {
    throw new ResumeImportError(`${zipName} holds ${entries} files, more than a resume needs (limit ${RESUME_LIMITS.maxFiles}); zip only the resume's own folder.`);
  }
  if (declaredTotal > RESUME_LIMITS.maxTotalBytes) {
    throw new ResumeImportError(`${zipName} unpacks to ${(declaredTotal / 1048576).toFixed(1)} MB; the limit is ${RESUME_LIMITS.maxTotalBytes / 1048576} MB.`);
  }
  const files = Object.entries(unzipped).map(([path, data]) => ({ path, bytes: data }));
  if (files.length === 0) throw new ResumeImportError(`${zipName} is empty.`);
  return files;
}

/**
 * The files of a pick or a drop, with any `.zip` among them expanded in place (a zip dropped
 * beside loose files adds its entries to them).
 */
export function expandZips(picked: Array<IncomingFile & { name: string }>): IncomingFile[] {
  return picked.flatMap((file) => (isZipFile(file.name) ? unzipProject(file.name, file.bytes) : [{ path: file.path, bytes: file.bytes }]));
}
