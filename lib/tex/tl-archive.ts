import { parseTar } from 'nanotar';
import { XzReadableStream } from 'xz-decompress';
import { TexEngineError } from './errors';
import { fontMapsOf, parseTlpdb, tlpdbRelease, type TlPackage } from './tlpdb';

/**
 * TeX Live's package archive for the engine's release, frozen: the historic mirror keeps the
 * last state of each release (`tlnet-final`). A mirror is a setting; tests use a local one.
 */
export const DEFAULT_TEXLIVE_MIRROR = 'https://ftp.math.utah.edu/pub/tex/historic/systems/texlive/2024/tlnet-final/';
/** Releases whose files fit the bundle: pdfTeX is TeX Live 2024, the LaTeX files early 2025. */
export const COMPATIBLE_RELEASES = [2024, 2025];
/** A container larger than this is refused (cm-super, the largest a resume could want, is ~65 MB). */
export const MAX_CONTAINER_BYTES = 96 * 1024 * 1024;

/** Fetching a package went wrong; `message` says what, for the person. */
export class TexPackageError extends TexEngineError {
  override name = 'TexPackageError';
}

export type FetchLike = (url: string) => Promise<Response>;

/** A package as fetched, ready to store and add to compiles. */
export interface FetchedTexPackage {
  name: string;
  revision: number;
  /** Runtime files by texmf path (`tex/latex/curve/curve.cls`). */
  files: Record<string, Uint8Array>;
  /** Map files to add to pdftex.map (`execute addMap foo.map`). */
  maps: string[];
  /** SHA-512 of the container, as checked against the mirror's package database. */
  sha512: string;
  mirror: string;
}

/** `https://host/path` with exactly one trailing slash, or an error for anything else. */
export function normaliseMirror(mirror: string): string {
  let url: URL;
  try {
    url = new URL(mirror.trim());
  } catch (cause) {
    throw new TexPackageError(`"${mirror}" is not a URL of a TeX Live mirror.`, { cause });
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new TexPackageError('A TeX Live mirror must use https (plain http only on this computer).');
  }
  return url.href.replace(/\/*$/, '/');
}

async function get(fetchFn: FetchLike, url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (cause) {
    throw new TexPackageError(`Could not reach the TeX Live mirror for ${what} (offline?).`, { cause });
  }
  if (!res.ok || !res.body) throw new TexPackageError(`The TeX Live mirror has no ${what} (HTTP ${res.status}).`);
  return res;
}

async function unxz(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new XzReadableStream(stream)).arrayBuffer());
}

/** The mirror's package database (`tlpkg/texlive.tlpdb.xz`), checked to be of a compatible release. */
export async function fetchMirrorTlpdb(mirror: string, fetchFn: FetchLike = fetch): Promise<Map<string, TlPackage>> {
  const base = normaliseMirror(mirror);
  const res = await get(fetchFn, `${base}tlpkg/texlive.tlpdb.xz`, 'package database');
  const db = parseTlpdb(new TextDecoder().decode(await unxz(res.body!)));
  const release = tlpdbRelease(db);
  if (release === null || !COMPATIBLE_RELEASES.includes(release)) {
    throw new TexPackageError(`The mirror holds TeX Live ${release ?? 'of an unknown release'}; Bespoke's TeX is TeX Live 2024 — use that release's archive (tlnet-final).`);
  }
  return db;
}

async function sha512Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-512', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads one package's runtime container from the mirror, checks its size and SHA-512
 * against the mirror's package database, unpacks it and keeps the files `keep` accepts.
 */
export async function fetchTexPackage(
  mirror: string,
  db: Map<string, TlPackage>,
  name: string,
  keep: (path: string) => boolean,
  fetchFn: FetchLike = fetch,
): Promise<FetchedTexPackage> {
  const base = normaliseMirror(mirror);
  const pkg = db.get(name);
  if (!pkg) throw new TexPackageError(`TeX Live has no package named ${name}.`);
  if (!pkg.containerChecksum || pkg.containerSize === null) throw new TexPackageError(`TeX Live's database gives no checksum for ${name}; it is not fetched unchecked.`);
  if (pkg.containerSize > MAX_CONTAINER_BYTES) throw new TexPackageError(`${name} is ${Math.round(pkg.containerSize / 1048576)} MB, too large to fetch.`);
  const res = await get(fetchFn, `${base}archive/${encodeURIComponent(name)}.tar.xz`, `package ${name}`);
  const container = new Uint8Array(await res.arrayBuffer());
  if (container.length !== pkg.containerSize) {
    throw new TexPackageError(`${name}.tar.xz is ${container.length} bytes where TeX Live's database says ${pkg.containerSize}: not used.`);
  }
  const sha512 = await sha512Hex(container);
  if (sha512 !== pkg.containerChecksum.toLowerCase()) throw new TexPackageError(`${name}.tar.xz does not match its checksum in TeX Live's database: not used.`);
  const tar = await unxz(new Blob([container as Uint8Array<ArrayBuffer>]).stream());
  const files: Record<string, Uint8Array> = {};
  for (const entry of parseTar(tar)) {
    if (entry.type !== 'file' || !entry.data) continue;
    // Relocatable containers hold texmf-relative paths; others start with texmf-dist/.
    const path = entry.name.replace(/^\.\//, '').replace(/^texmf-dist\//, '');
    if (path.split('/').some((s) => s === '..' || s === '') || !keep(path)) continue;
    files[path] = entry.data;
  }
  return { name, revision: pkg.revision, files, maps: fontMapsOf(pkg), sha512, mirror: base };
}
