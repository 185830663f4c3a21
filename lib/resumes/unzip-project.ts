import { unzipSync } from 'fflate';
import { ResumeImportError } from './import-project';
import { readWithinLimits, type PendingFile, type ReadPick } from './pick-project';

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
 * Lists a `.zip` of a resume project (Overleaf's "Download source", a zipped folder, GitHub's
 * "Download ZIP") as files still to read: names and declared sizes come from the archive's
 * own listing, and an entry is inflated only when read, after the limits were checked
 * (pick-project.ts), so a zip bomb is refused instead of filling the memory. Folders and the
 * litter zip tools add are skipped. Paths are checked later by `importResumeProject` (an entry
 * such as `../x.tex` is refused there, with its name).
 */
export function zipEntries(zipName: string, bytes: Uint8Array): PendingFile[] {
  const listed: Array<{ path: string; bytes: number }> = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith('/') && !isLitter(file.name)) listed.push({ path: file.name, bytes: file.originalSize });
        return false;
      },
    });
  } catch (cause) {
    throw new ResumeImportError(`"${zipName}" is not a zip archive Bespoke can read (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
  }
  if (listed.length === 0) throw new ResumeImportError(`${zipName} is empty.`);
  return listed.map((entry) => ({
    ...entry,
    read: () => {
      const inflated = unzipSync(bytes, { filter: (file) => file.name === entry.path })[entry.path];
      if (!inflated || inflated.length !== entry.bytes) throw new ResumeImportError(`"${entry.path}" in ${zipName} is not the size the archive declares; the zip is damaged.`);
      return inflated;
    },
  }));
}

/** A file of a pick or a drop, not read yet (a browser `File`, or bytes already in hand). */
export interface PickedFile {
  name: string;
  path: string;
  size: number;
  read: () => Promise<Uint8Array> | Uint8Array;
}

/**
 * The files of a pick or a drop, with any `.zip` among them expanded in place (a zip dropped
 * beside loose files adds its entries to them), read within the import limits.
 */
export async function readPickedFiles(picked: PickedFile[]): Promise<ReadPick> {
  const pending: PendingFile[] = [];
  for (const file of picked) {
    if (isZipFile(file.name)) pending.push(...zipEntries(file.name, await file.read()));
    else pending.push({ path: file.path, bytes: file.size, read: file.read });
  }
  return readWithinLimits(pending);
}
