import type { TexFileSource } from './bundle';
import type { EmFs, EmFsNode } from './emscripten';

/** S_IFREG | 0444: a regular read-only file. */
const READ_ONLY_FILE = 0o100444;

/** A source's folders (folder → file name → path) and its kpathsea `ls-R` text. */
interface TreeDescription {
  dirs: string[];
  byDir: Map<string, Map<string, string>>;
  /** Size of each path: a stat answers without fetching the file. */
  sizes: Map<string, number>;
  lsR: string;
}

const descriptions = new WeakMap<TexFileSource, TreeDescription>();

/** Computed once per source: every pass of every compile mounts the same bundle. */
function describe(source: TexFileSource): TreeDescription {
  let d = descriptions.get(source);
  if (d) return d;
  const byDir = new Map<string, Map<string, string>>();
  const sizes = new Map<string, number>();
  for (const [path, size] of source.list()) {
    sizes.set(path, size);
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    let names = byDir.get(dir);
    if (!names) byDir.set(dir, (names = new Map()));
    names.set(path.slice(slash + 1), path);
  }
  const dirs = [...byDir.keys()].sort();
  // kpathsea's filename database: "./dir:" headers followed by the names in that folder.
  const lines = ['% ls-R -- filename database for kpathsea; do not change this line.'];
  for (const dir of dirs) lines.push('', `./${dir}:`, ...byDir.get(dir)!.keys());
  d = { dirs, byDir, sizes, lsR: lines.join('\n') + '\n' };
  descriptions.set(source, d);
  return d;
}

/**
 * Mounts a file source read-only at `root`, lazily twice over: a file's node is made only when
 * TeX first looks it up (each folder's `lookup` consults the source's listing), and its bytes
 * are fetched (and inflated) only when TeX reads it. Mounting costs the folders, not the files:
 * the bundle has ~14,000 files, and every pass mounts it in a fresh engine instance.
 */
export function mountLazyTree(FS: EmFs, root: string, source: TexFileSource): void {
  const { dirs, byDir, sizes, lsR } = describe(source);
  FS.mkdirTree(root);
  for (const dir of dirs) {
    const full = dir ? `${root}/${dir}` : root;
    FS.mkdirTree(full);
    const node = FS.lookupPath(full).node;
    const names = byDir.get(dir);
    if (!names) continue;
    const ops = node.node_ops;
    // MEMFS folders share one ops table: give this folder its own. The FS asks `lookup` only for
    // names it has no node for yet; a listed file's node is made then, and found directly later.
    node.node_ops = {
      ...ops,
      lookup(parent: EmFsNode, name: string): EmFsNode {
        const path = names.get(name);
        return path === undefined ? ops.lookup(parent, name) : makeLazyFile(parent, name, path, sizes.get(path) ?? 0, source);
      },
      // Listing a folder names its files too (fontconfig scans font folders; kpathsea uses ls-R).
      readdir(node: EmFsNode): string[] {
        return [...new Set([...ops.readdir(node), ...names.keys()])];
      },
    };
  }
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
