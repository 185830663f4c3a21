import type { TexFileSource } from './bundle';
import type { EmModule, EmModuleFactory } from './emscripten';
import type { PackageIndex } from './package-index';
import { TexEngineError } from './errors';
import { JOB_DIR, PROGRAM_PATH, TEXMF_CNF, TEXMF_ROOT, WEB2C_DIR } from './texmf-cnf';
import { mountLazyTree, readTree, writeTree } from './virtual-fs';

/** A compiled WebAssembly program with its emscripten glue. */
export interface WasmProgram {
  factory: EmModuleFactory;
  wasm: WebAssembly.Module;
}

/** What XeLaTeX needs beyond the shared bundle (lib/tex/xetex.ts); loaded the first time a XeLaTeX document compiles. */
export interface XetexAssets {
  xetex: WasmProgram;
  xdvipdfmx: WasmProgram;
  format: Uint8Array;
  /** ICU's data file (converters, break rules), see scripts/tex/make-icu-data.sh. */
  icuData: Uint8Array;
  /** fontconfig's cache of the bundle's fonts, made at build time, by file name. */
  fontCache: Map<string, Uint8Array>;
}

/** What one engine instance needs; the module is compiled once and instantiated per pass. */
export interface EngineAssets extends WasmProgram {
  /** `pdflatex.fmt` (or `xelatex.fmt`); absent only while dumping the format itself. */
  format: Uint8Array | null;
  /** argv[0] (default `/bin/pdflatex`): kpathsea derives the program name and format from it. */
  programPath?: string;
  /** File name of `format` in web2c (default `pdflatex.fmt`). */
  formatName?: string;
  /** Files written at absolute paths before the run (XeTeX's fontconfig setup, ICU data). */
  supportFiles?: Map<string, Uint8Array>;
  /** Environment every run of this engine gets (FONTCONFIG_FILE, ICU_DATA …). */
  env?: Record<string, string>;
  texmf: TexFileSource;
  /** BibTeX, loaded the first time a document asks for a bibliography. */
  loadBibtex?: () => Promise<WasmProgram>;
  /** The file → TeX Live package index, loaded the first time a compile misses a file. */
  loadPackageIndex?: () => Promise<PackageIndex | null>;
  /** METAFONT and GFtoPK, loaded the first time a document uses a font that exists only as METAFONT sources. */
  loadMetafont?: () => Promise<{ mf: WasmProgram; gftopk: WasmProgram }>;
  /** XeTeX, xdvipdfmx and their data, loaded the first time a XeLaTeX document compiles. */
  loadXetex?: () => Promise<XetexAssets>;
}

export interface PassInput {
  /** Files of the job folder (user files plus outputs carried from the previous pass). */
  files: Map<string, Uint8Array>;
  /** Folder (relative to the job) TeX runs in: the main file's folder. */
  cwd: string;
  /** pdfTeX arguments after argv[0]. */
  args: string[];
  /** Extra environment (the build sets SOURCE_DATE_EPOCH for a reproducible format). */
  env?: Record<string, string>;
  /** Another program than pdfTeX over the same file system (BibTeX), and its argv[0]. */
  program?: WasmProgram & { path: string };
  /** Bounds of what one run may print and write (defaults MAX_TERMINAL_CHARS, MAX_WRITTEN_BYTES). */
  limits?: { terminalChars?: number; writtenBytes?: number };
  /** Each terminal line as TeX prints it (within the limit): what a timed-out compile leaves. */
  onPrint?: (line: string) => void;
}

export interface PassOutput {
  status: number;
  /** Terminal output (stdout + stderr): holds kpathsea's refusals that the .log lacks. */
  terminal: string;
  /** Every file of the job folder after the run. */
  files: Map<string, Uint8Array>;
}

class ExitSignal {
  constructor(readonly status: number) {}
}

/** Terminal output kept per run: a `\message` flood must not fill the host's memory. */
export const MAX_TERMINAL_CHARS = 4 * 1024 * 1024;
/** Bytes a run may write into its job folder (a `\write` flood); later writes fail (ENOSPC). */
export const MAX_WRITTEN_BYTES = 64 * 1024 * 1024;

/** Runs pdfTeX once in a fresh instance (an instance cannot run twice: tounicode.c asserts). */
export async function runPass(assets: EngineAssets, input: PassInput): Promise<PassOutput> {
  const program = input.program ?? { factory: assets.factory, wasm: assets.wasm, path: assets.programPath ?? PROGRAM_PATH };
  const terminal: string[] = [];
  let terminalChars = 0;
  const print = (line: string): void => {
    terminalChars += line.length + 1;
    if (terminalChars <= (input.limits?.terminalChars ?? MAX_TERMINAL_CHARS)) {
      terminal.push(line);
      input.onPrint?.(line);
    } else if (terminal[terminal.length - 1] !== TERMINAL_CUT) terminal.push(TERMINAL_CUT);
  };
  let status: number | null = null;
  // The glue waits forever if instantiation fails; this promise turns that into an error.
  let failInstantiation: (err: unknown) => void = () => undefined;
  const instantiationFailed = new Promise<never>((_, reject) => (failInstantiation = reject));
  const mod: EmModule = await Promise.race([instantiationFailed, program.factory({
    noInitialRun: true,
    thisProgram: program.path,
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(program.wasm, imports).then(
        (instance) => receive(instance, program.wasm),
        (err: unknown) => failInstantiation(new TexEngineError(`The TeX engine could not start: ${String(err)}`, { cause: err })),
      );
      return {};
    },
    print,
    printErr: print,
    // exit() must unwind the wasm stack, never end the host process (Node's default).
    quit(code) {
      // The glue calls quit again (status 1) while unwinding our signal: keep the first code.
      status ??= code;
      throw new ExitSignal(code);
    },
    // EOF on the terminal: TeX in nonstopmode then stops instead of prompting.
    stdin: () => null,
    preRun: [
      (m) => {
        Object.assign(m.ENV, { TEXMFCNF: WEB2C_DIR, HOME: JOB_DIR, USER: 'bespoke' }, assets.env, input.env);
      },
    ],
  })]);
  const { FS } = mod;
  FS.mkdirTree(WEB2C_DIR);
  FS.writeFile(`${WEB2C_DIR}/texmf.cnf`, TEXMF_CNF);
  // The format (10–25 MB raw) is only read: the file shares the loaded bytes instead of a copy per pass.
  if (assets.format) FS.writeFile(`${WEB2C_DIR}/${assets.formatName ?? 'pdflatex.fmt'}`, assets.format, { canOwn: true });
  for (const [path, bytes] of assets.supportFiles ?? []) {
    FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    FS.writeFile(path, bytes);
  }
  FS.mkdirTree('/bin');
  FS.writeFile(program.path, '');
  mountLazyTree(FS, TEXMF_ROOT, assets.texmf);
  FS.mkdirTree(JOB_DIR);
  writeTree(FS, JOB_DIR, input.files);
  const cwd = input.cwd ? `${JOB_DIR}/${input.cwd}` : JOB_DIR;
  FS.mkdirTree(cwd);
  FS.chdir(cwd);
  limitWrites(FS, input.limits?.writtenBytes ?? MAX_WRITTEN_BYTES);
  try {
    const ret = mod.callMain(input.args);
    if (status === null && typeof ret === 'number') status = ret;
  } catch (err) {
    if (!(err instanceof ExitSignal)) {
      const what = program.path.slice(program.path.lastIndexOf('/') + 1);
      // emscripten aborts with "Cannot enlarge memory" past MAXIMUM_MEMORY.
      if (/enlarge memory|out of memory|OOM/i.test(String(err))) {
        throw new TexEngineError(`${what} ran out of memory (the document uses more than the engine allows).`, { cause: err });
      }
      throw new TexEngineError(`${what} crashed: ${String(err)}`, { cause: err });
    }
  }
  return { status: status ?? 0, terminal: terminal.join('\n'), files: readTree(FS, JOB_DIR) };
}

const TERMINAL_CUT = '[Bespoke: terminal output cut here, the run printed too much]';

/**
 * Bounds what a run can write: MEMFS keeps files in host memory, so a `\write` loop would grow
 * it until the time limit. Past MAX_WRITTEN_BYTES every write fails with ENOSPC.
 */
function limitWrites(FS: EmModule['FS'], maxBytes: number): void {
  const fs = FS as unknown as { write: (...args: unknown[]) => number; ErrnoError: new (errno: number) => Error };
  const write = fs.write.bind(FS);
  let written = 0;
  fs.write = (...args: unknown[]) => {
    written += Number(args[3] ?? 0);
    if (written > maxBytes) throw new fs.ErrnoError(28 /* ENOSPC */);
    return write(...args);
  };
}
