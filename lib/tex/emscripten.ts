/** The small part of the emscripten runtime (pdftex.mjs) that Bespoke uses. */
export interface EmFsNode {
  contents: Uint8Array | null;
  usedBytes: number;
  node_ops: {
    mknod(parent: EmFsNode, name: string, mode: number, dev: number): EmFsNode;
    lookup(parent: EmFsNode, name: string): EmFsNode;
    readdir(node: EmFsNode): string[];
  };
}

export interface EmFs {
  mkdirTree(path: string): void;
  mkdir(path: string): void;
  /** `canOwn`: MEMFS keeps `data` itself as the file's contents instead of a copy. */
  writeFile(path: string, data: Uint8Array | string, opts?: { canOwn?: boolean }): void;
  readFile(path: string): Uint8Array;
  readdir(path: string): string[];
  stat(path: string): { mode: number; size: number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  chdir(path: string): void;
  lookupPath(path: string): { node: EmFsNode };
}

export interface EmModule {
  FS: EmFs;
  ENV: Record<string, string>;
  callMain(args: string[]): number | undefined;
}

export interface EmModuleConfig {
  instantiateWasm(
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
  ): object;
  print(line: string): void;
  printErr(line: string): void;
  quit(status: number, toThrow: unknown): never;
  onExit?(status: number): void;
  stdin(): number | null;
  noInitialRun: boolean;
  /** Runs before the C constructors, which copy the environment (so ENV must be set here). */
  preRun: ((mod: EmModule) => void)[];
  /** argv[0]; kpathsea derives its program name and format from it. */
  thisProgram: string;
}

/** The default export of the MODULARIZE'd, EXPORT_ES6 glue. */
export type EmModuleFactory = (config: EmModuleConfig) => Promise<EmModule>;
