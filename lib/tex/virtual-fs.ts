import type { TexFileSource } from './bundle';
import type { EmFs, EmFsNode } from './emscripten';

/** S_IFREG | 0444: a regular read-only file. */
const READ_ONLY_FILE = 0o100444;
/** S_IFDIR | 0555: a read-only folder. */
const READ_ONLY_DIR = 0o40555;

/** One folder of a source: its files (name → path) and its sub-folders (name → folder path). */
interface FolderListing {
  files: Map<string, string>;
  folders: Map<string, string>;
}

/** A source's folders (folder path → listing) and its kpathsea `ls-R` file. */
interface TreeDescription {
  folders: Map<string, FolderListing>;
  /** Size of each path: a stat answers without fetching the file. */
  sizes: Map<string, number>;
  lsR: Uint8Array;
}

const descriptions = new WeakMap<TexFileSource, TreeDescription>();

/** Computed once per source: every pass of every compile mounts the same bundle. */
function describe(source: TexFileSource): TreeDescription {
  let d = descriptions.get(source);
  if (d) return d;
  const folders = new Map<string, FolderListing>();
  const sizes = new Map<string, number>();
  const folder = (dir: string): FolderListing => {
    let listing = folders.get(dir);
    if (listing) return listing;
    folders.set(dir, (listing = { files: new Map(), folders: new Map() }));
    if (dir) {
      const slash = dir.lastIndexOf('/');
      folder(slash < 0 ? '' : dir.slice(0, slash)).folders.set(dir.slice(slash + 1), dir);
    }
    return listing;
  };
  folder('');
  for (const [path, size] of source.list()) {
    sizes.set(path, size);
    const slash = path.lastIndexOf('/');
    folder(slash < 0 ? '' : path.slice(0, slash)).files.set(path.slice(slash + 1), path);
  }
  // kpathsea's filename database: "./dir:" headers followed by the names in that folder.
  const lines = ['% ls-R -- filename database for kpathsea; do not change this line.'];
  for (const dir of [...folders.keys()].sort()) {
    const { files } = folders.get(dir)!;
    if (files.size > 0) lines.push('', `./${dir}:`, ...files.keys());
  }
  d = { folders, sizes, lsR: new TextEncoder().encode(lines.join('\n') + '\n') };
  descriptions.set(source, d);
  return d;
}

/**
 * Mounts a file source read-only at `root`, lazily at every level: a folder's node is made when
 * a path through it is first looked up, a file's node when TeX first looks it up, and a file's
 * bytes are fetched (and inflated) only when TeX reads it. Mounting costs one folder: the bundle
 * has ~3,600 folders and ~21,000 files, every pass mounts it in a fresh engine instance, and
 * a compile opens a few hundred of them (kpathsea finds names in ls-R, not by listing folders).
 */
export function mountLazyTree(FS: EmFs, root: string, source: TexFileSource): void {
  const { folders, sizes, lsR } = describe(source);
  FS.mkdirTree(root);
  const serve = (node: EmFsNode, listing: FolderListing): void => {
    const ops = node.node_ops;
    // MEMFS folders share one ops table: give this folder its own. The FS asks `lookup` only for
    // names it has no node for yet; a listed file or folder's node is made then, found directly later.
    node.node_ops = {
      ...ops,
      lookup(parent: EmFsNode, name: string): EmFsNode {
        const path = listing.files.get(name);
        if (path !== undefined) return makeLazyFile(parent, name, path, sizes.get(path) ?? 0, source);
        const sub = listing.folders.get(name);
        if (sub === undefined) return ops.lookup(parent, name);
        const child = ops.mknod(parent, name, READ_ONLY_DIR, 0);
        serve(child, folders.get(sub)!);
        return child;
      },
      // Listing a folder names its files and folders too (fontconfig scans font folders).
      readdir(node: EmFsNode): string[] {
        return [...new Set([...ops.readdir(node), ...listing.folders.keys(), ...listing.files.keys()])];
      },
    };
  };
  serve(FS.lookupPath(root).node, folders.get('')!);
  FS.writeFile(`${root}/ls-R`, lsR);
}

function makeLazyFile(parent: EmFsNode, name: string, path: string, size: number, source: TexFileSource): EmFsNode {
  const node = parent.node_ops.mknod(parent, name, READ_ONLY_FILE, 0);
  let bytes: Uint8Array | null = null;
  const load = (): Uint8Array => (bytes ??= source.read(path));
  // MEMFS reads `contents`/`usedBytes` for read() and stat(); accessors make them lazy, and a
  // stat (size) is answered from the listing without fetching the file.
  Object.defineProperty(node, 'contents', { get: load, set: () => undefined, configurable: true });
  Object.defineProperty(node, 'usedBytes', { get: () => bytes?.length ?? size, set: () => undefined, configurable: true });
  return node;
}

/** Writes the caller's files under `dir`, creating sub-folders as needed. */
export function writeTree(FS: EmFs, dir: string, files: Map<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) FS.mkdirTree(`${dir}/${path.slice(0, slash)}`);
    FS.writeFile(`${dir}/${path}`, bytes);
  }
}

/** Every regular file under `dir`, by path relative to it. */
export function readTree(FS: EmFs, dir: string, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const name of FS.readdir(dir)) {
    if (name === '.' || name === '..') continue;
    const full = `${dir}/${name}`;
    const { mode } = FS.stat(full);
    if (FS.isDir(mode)) for (const [p, b] of readTree(FS, full, `${prefix}${name}/`)) out.set(p, b);
    else if (FS.isFile(mode)) out.set(`${prefix}${name}`, FS.readFile(full));
  }
  return out;
}
