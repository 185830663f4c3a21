import type { TexFileSource } from './bundle';
import type { EmModule, EmModuleFactory } from './emscripten';
import { TexEngineError } from './errors';
import { JOB_DIR, PROGRAM_PATH, TEXMF_CNF, TEXMF_ROOT, WEB2C_DIR } from './texmf-cnf';
import { mountLazyTree, readTree, writeTree } from './virtual-fs';

/** What one engine instance needs; the module is compiled once and instantiated per pass. */
export interface EngineAssets {
  factory: EmModuleFactory;
  wasm: WebAssembly.Module;
  /** `pdflatex.fmt`; absent only while dumping the format itself. */
  format: Uint8Array | null;
  texmf: TexFileSource;
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

/** Runs pdfTeX once in a fresh instance (an instance cannot run twice: tounicode.c asserts). */
export async function runPass(assets: EngineAssets, input: PassInput): Promise<PassOutput> {
  const terminal: string[] = [];
  let status: number | null = null;
  // The glue waits forever if instantiation fails; this promise turns that into an error.
  let failInstantiation: (err: unknown) => void = () => undefined;
  const instantiationFailed = new Promise<never>((_, reject) => (failInstantiation = reject));
  const mod: EmModule = await Promise.race([instantiationFailed, assets.factory({
    noInitialRun: true,
    thisProgram: PROGRAM_PATH,
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(assets.wasm, imports).then(
        (instance) => receive(instance, assets.wasm),
        (err: unknown) => failInstantiation(new TexEngineError(`The TeX engine could not start: ${String(err)}`, { cause: err })),
      );
      return {};
    },
    print: (line) => terminal.push(line),
    printErr: (line) => terminal.push(line),
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
        Object.assign(m.ENV, { TEXMFCNF: WEB2C_DIR, HOME: JOB_DIR, USER: 'bespoke' }, input.env);
      },
    ],
  })]);
  const { FS } = mod;
  FS.mkdirTree(WEB2C_DIR);
  FS.writeFile(`${WEB2C_DIR}/texmf.cnf`, TEXMF_CNF);
  if (assets.format) FS.writeFile(`${WEB2C_DIR}/pdflatex.fmt`, assets.format);
  FS.mkdirTree('/bin');
  FS.writeFile(PROGRAM_PATH, '');
  mountLazyTree(FS, TEXMF_ROOT, assets.texmf);
  FS.mkdirTree(JOB_DIR);
  writeTree(FS, JOB_DIR, input.files);
  const cwd = input.cwd ? `${JOB_DIR}/${input.cwd}` : JOB_DIR;
  FS.mkdirTree(cwd);
  FS.chdir(cwd);
  try {
    const ret = mod.callMain(input.args);
    if (status === null && typeof ret === 'number') status = ret;
  } catch (err) {
    if (!(err instanceof ExitSignal)) {
      throw new TexEngineError(`pdfTeX crashed: ${String(err)}`, { cause: err });
    }
  }
  return { status: status ?? 0, terminal: terminal.join('\n'), files: readTree(FS, JOB_DIR) };
}
