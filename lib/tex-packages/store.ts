import type { BespokeDatabase } from '@/lib/db/database';
import type { TexPackageRecord } from '@/lib/db/records';
import type { TexmfAddition } from '@/lib/tex/overlay-source';
import type { FetchedTexPackage } from '@/lib/tex/tl-archive';

/** Stores a fetched package (replacing an older fetch of the same name). */
export async function saveTexPackage(db: BespokeDatabase, pkg: FetchedTexPackage, now = Date.now()): Promise<TexPackageRecord> {
  const bytes = Object.values(pkg.files).reduce((n, b) => n + b.length, 0);
  const record: TexPackageRecord = { ...pkg, fetchedAt: now, bytes };
  await db.texPackages.put(record);
  return record;
}

/** Every fetched package, newest first, for the settings list. */
export async function listTexPackages(db: BespokeDatabase): Promise<TexPackageRecord[]> {
  return (await db.texPackages.orderBy('fetchedAt').reverse().toArray());
}

export async function removeTexPackage(db: BespokeDatabase, name: string): Promise<void> {
  await db.texPackages.delete(name);
}

/** What every compile adds to the bundle: the files and font maps of all fetched packages. */
export async function texmfAddition(db: BespokeDatabase): Promise<TexmfAddition> {
  const files: Record<string, Uint8Array> = {};
  const maps: string[] = [];
  for (const pkg of await db.texPackages.toArray()) {
    Object.assign(files, pkg.files);
    maps.push(...pkg.maps);
  }
  return { files, maps };
}
