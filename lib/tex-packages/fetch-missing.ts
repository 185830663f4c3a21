import type { BespokeDatabase } from '@/lib/db/database';
import { withDependencies, runtimeFile, type TlPackage } from '@/lib/tex/tlpdb';
import { fetchMirrorTlpdb, fetchTexPackage, normaliseMirror, type FetchLike } from '@/lib/tex/tl-archive';
import { saveTexPackage } from './store';

/** One package database per mirror and page: it is a few MB and does not change (frozen release). */
const tlpdbs = new Map<string, Promise<Map<string, TlPackage>>>();

function mirrorTlpdb(mirror: string, fetchFn: FetchLike): Promise<Map<string, TlPackage>> {
  const key = normaliseMirror(mirror);
  let db = tlpdbs.get(key);
  if (!db) {
    db = fetchMirrorTlpdb(key, fetchFn);
    tlpdbs.set(key, db);
    db.catch(() => tlpdbs.delete(key));
  }
  return db;
}

export interface FetchMissingInput {
  db: BespokeDatabase;
  mirror: string;
  /** TeX Live packages a compile named (MissingPackage.package). */
  packages: string[];
  /** Packages the offline bundle ships (their dependencies are not fetched again). */
  shipped: Set<string>;
  fetchFn?: FetchLike;
  onProgress?: (message: string) => void;
}

/**
 * Fetches the named packages and what they depend on (minus what the bundle ships or was
 * fetched before) from the mirror, each checked against the mirror's package database, and
 * stores them. Returns the names stored. Only package names leave the browser.
 */
export async function fetchMissingPackages(input: FetchMissingInput): Promise<string[]> {
  const fetchFn = input.fetchFn ?? ((url: string) => fetch(url));
  const tlpdb = await mirrorTlpdb(input.mirror, fetchFn);
  const have = new Set((await input.db.texPackages.toArray()).map((p) => p.name));
  const wanted = [...withDependencies(tlpdb, input.packages)].filter((n) =>
    input.packages.includes(n) || (!input.shipped.has(n) && !have.has(n)));
  const stored: string[] = [];
  for (const name of wanted) {
    if (!tlpdb.get(name)?.containerChecksum) continue;
    input.onProgress?.(`Fetching ${name} from TeX Live…`);
    const pkg = await fetchTexPackage(input.mirror, tlpdb, name, runtimeFile, fetchFn);
    await saveTexPackage(input.db, pkg);
    stored.push(name);
  }
  return stored;
}
