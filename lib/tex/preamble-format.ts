// A warm compile skips the preamble it has already run. The second time a project compiles with
// the same preamble, pdfTeX runs that preamble once more in INI mode and dumps its state as a
// format (as `mylatexformat` does); later compiles load that format and read the main file with
// its preamble blanked, so only the body is typeset. A format is kept only after it has been
// proved on this very project: the compile it makes is byte for byte the PDF of the normal compile.
import { BIBTEX_BACKEND_NOTE } from './bibtex';
import { mainFileJob, jobPath } from './aux-carry';
import { byteString, byteStringBytes, sameBytes } from './byte-string';
import { chooseEngine } from './engine-choice';
import { withTexmfAddition } from './overlay-source';
import { JOB_DIR } from './texmf-cnf';
import { runPass, type EngineAssets } from './run-pass';
import type { CompileRequest, CompileResult, ProjectFileContent } from './types';
import { DEFAULT_TIMEOUT_MS } from './worker-host';

/** The engine's TeX input file that dumps a preamble (written beside the main file, never kept). */
export const DUMP_FILE = 'bespoke-preamble-dump.tex';
/** Box register name holding what the preamble left on the page (whatsits: \write, colour pushes). */
const MATERIAL_BOX = 'bespokepreamblematerial';
/** Macro holding the preamble's \prevdepth and \prevgraf: the first line of the body is spaced from them. */
const LIST_STATE = 'bespokepreamblestate';
/** Macro holding the preamble's \pdfinfo and \pdfcatalog calls, said again at the start of a run on the format. */
const REPLAY = 'bespokereplay';

/**
 * Where the document body starts: the offset of the first `\begin{document}` outside a comment,
 * or null when the main file has none (its body is in a file it inputs). What comes before may
 * load the class itself or input a file that does (`\input{preamble}`).
 */
export function bodyOffset(text: string): number | null {
  let offset = 0;
  for (const line of text.split('\n')) {
    const begin = uncommented(line).indexOf('\\begin{document}');
    if (begin >= 0) return offset + begin;
    offset += line.length + 1;
  }
  return null;
}

/** A line up to its first `%` that is not escaped as `\%`. */
function uncommented(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '%' && !isEscaped(line, i)) return line.slice(0, i);
  }
  return line;
}

function isEscaped(line: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/**
 * `\pdfinfo{…}` and `\pdfcatalog{…}` in a preamble (an author and title set by hand) go to pdfTeX's
 * own memory, which a format does not keep: the INI run records each one, and a run on the format
 * says them again first (`\bespokereplay`). They are recorded as written and expanded again then;
 * the proof shows whether that gives the same PDF.
 */
const RECORD_PDF_DICTIONARIES = ['pdfinfo', 'pdfcatalog'].map((name) =>
  `\\let\\bespoke${name}\\${name}\\protected\\def\\${name}#1{\\bespoke${name}{#1}`
  + `\\expandafter\\gdef\\expandafter\\${REPLAY}\\expandafter{\\${REPLAY}\\bespoke${name}{#1}}}`).join('')
  + `\\gdef\\${REPLAY}{}%\n`;
/** The primitives get their own meaning back before the dump: the document's body sees them as they are. */
const STOP_RECORDING = '\\let\\pdfinfo\\bespokepdfinfo\\let\\pdfcatalog\\bespokepdfcatalog';

/**
 * The INI run's input: the preamble, then what pushes the material it left on the page into a box
 * (the page builder would otherwise drop it: lists are not dumped), then `\dump`.
 */
export function dumpInput(preamble: string): string {
  return `${RECORD_PDF_DICTIONARIES}${preamble}\n${STOP_RECORDING}\\xdef\\${LIST_STATE}{\\prevdepth=\\the\\prevdepth\\relax\\prevgraf=\\the\\prevgraf\\relax}\\newbox\\${MATERIAL_BOX}`
    + `{\\output={\\global\\setbox\\${MATERIAL_BOX}=\\box255 \\global\\deadcycles=0 }\\hbox{}\\penalty-10000 }`
    + '\\dump\n';
}

/**
 * The main file as a run on the dumped format reads it: the preamble's lines left empty, so line
 * numbers stay those of the user's file, and on the first line the preamble's page material put
 * back (without the box and \topskip glue the dump added) and its \prevdepth and \prevgraf.
 */
export function blankedMain(text: string, offset: number): string {
  const restore = `\\setbox\\${MATERIAL_BOX}=\\vbox{\\unvbox\\${MATERIAL_BOX}\\setbox0=\\lastbox\\unskip}\\unvbox\\${MATERIAL_BOX}\\${LIST_STATE}\\${REPLAY}`;
  const blank = text.slice(0, offset).replace(/[^\n]/g, '');
  // A body that starts on the first line follows the restoring commands directly (a `%` would hide it).
  return blank === '' ? `${restore}${text.slice(offset)}` : `${restore}%${blank}${text.slice(offset)}`;
}

/** A proved format (raw, as the engine reads it) and what only its preamble warned of. */
interface CachedPreamble {
  format: Uint8Array;
  /** Warnings of the normal compile that a run on the format does not repeat (they come from the preamble). */
  warnings: string[];
}

/**
 * Formats of the preambles this worker has proved, by key (preamble, every other project file, the
 * fetched packages), at most `limit` (each is 10–20 MB); and the keys seen once, so a format is made
 * only for a preamble compiled a second time.
 */
export class PreambleFormats {
  private readonly formats = new Map<string, CachedPreamble>();
  /** Compiles seen per key (the oldest forgotten past 64). */
  private readonly seen = new Map<string, number>();
  constructor(private readonly limit = 2) {}

  get(key: string): CachedPreamble | undefined {
    const hit = this.formats.get(key);
    if (hit) {
      this.formats.delete(key);
      this.formats.set(key, hit);
    }
    return hit;
  }

  set(key: string, entry: CachedPreamble): void {
    this.formats.set(key, entry);
    while (this.formats.size > this.limit) this.formats.delete(this.formats.keys().next().value!);
  }

  drop(key: string): void {
    this.formats.delete(key);
  }

  /**
   * True the second time a key is seen, and only then: worth the INI run. A preamble whose format
   * could not be made or proved is not tried again (each try costs about two passes).
   */
  secondSighting(key: string): boolean {
    const times = (this.seen.get(key) ?? 0) + 1;
    this.seen.delete(key);
    this.seen.set(key, times);
    if (this.seen.size > 64) this.seen.delete(this.seen.keys().next().value!);
    return times === 2;
  }
}

type Compile = (assets: EngineAssets, request: CompileRequest, env: Record<string, string>) => Promise<CompileResult>;

/**
 * Compiles through the preamble cache: with a proved format when there is one, else normally; on a
 * preamble's second compile, makes and proves its format once the result is in hand (handed to
 * `later` when given, to run after the result is returned). A reused run that fails outside the
 * body is done again normally, and its format dropped if that one succeeds.
 */
export async function compileReusingPreamble(
  assets: EngineAssets, request: CompileRequest, cache: PreambleFormats, compile: Compile,
  later?: (work: () => Promise<void>) => void,
): Promise<CompileResult> {
  // One date for the compile and its proof: pdfTeX writes it (and the /ID made from it) in the PDF.
  const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
  // The cache only ever saves time: anything it cannot do (no SubtleCrypto, a failed dump) leaves the normal compile.
  const plan = await planFor(request).catch(() => null);
  if (!plan) return compile(assets, request, env);
  const hit = cache.get(plan.key);
  if (hit) {
    const fast = await compile({ ...assets, format: hit.format }, plan.blankedRequest, env);
    // An error in the body is the document's own (the format was proved on this preamble): said as
    // it is, not compiled twice. Any other failure is checked with a normal compile.
    if (fast.ok || inBody(fast, request.mainFile, plan.preambleLines)) {
      return { ...fast, warnings: [...new Set([...hit.warnings, ...fast.warnings])], preambleReused: true };
    }
    const normal = await compile(assets, request, env);
    if (normal.ok) cache.drop(plan.key);
    return normal;
  }
  const started = Date.now();
  const result = await compile(assets, request, env);
  const budget = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The INI run and the proof cost about two passes: only when the compile left room for them.
  // A document written for Biber compiled on a copy set to the BibTeX backend (bibtex.ts): the
  // format would hold the Biber preamble, not the one that ran.
  const switchedBackend = result.warnings.includes(BIBTEX_BACKEND_NOTE);
  if (result.ok && result.pdf && !switchedBackend && cache.secondSighting(plan.key) && (Date.now() - started) * 3 < budget) {
    const learn = (): Promise<void> => learnPreamble(assets, request, plan, result, env, cache, compile).catch(() => undefined);
    // With `later`, the format is made after this result is handed back (the worker, while the
    // person reads the PDF); without it, before.
    if (later) later(learn);
    else await learn();
  }
  return result;
}

/** Dumps the preamble and keeps the format if a run on it gives exactly `result` (PDF and auxiliary files). */
async function learnPreamble(
  assets: EngineAssets, request: CompileRequest, plan: Plan, result: CompileResult, env: Record<string, string>,
  cache: PreambleFormats, compile: Compile,
): Promise<void> {
  const format = await dumpPreamble(assets, request, plan, result.auxFiles ?? {}, env);
  if (!format || !result.pdf) return;
  const proof = await compile({ ...assets, format }, { ...plan.blankedRequest, auxFiles: result.auxFiles }, env);
  if (proof.ok && proof.pdf && sameBytes(proof.pdf, result.pdf) && sameFiles(proof.auxFiles ?? {}, result.auxFiles ?? {})) {
    // What only the preamble warns of (a font substituted, a package's notice) is said on every reuse.
    cache.set(plan.key, { format, warnings: result.warnings.filter((w) => !proof.warnings.includes(w)) });
  }
}

interface Plan {
  key: string;
  preamble: string;
  /** Lines the preamble takes before the line with `\begin{document}`. */
  preambleLines: number;
  blankedRequest: CompileRequest;
}

async function planFor(request: CompileRequest): Promise<Plan | null> {
  const engine = request.engine ?? chooseEngine(request.mainFile, request.files).engine;
  const main = request.files[request.mainFile];
  if (engine !== 'pdflatex' || main === undefined) return null;
  const bytes = contentBytes(main);
  const text = byteString(bytes);
  const offset = bodyOffset(text);
  if (offset === null) return null;
  const preamble = text.slice(0, offset);
  const parts: Uint8Array[] = [new TextEncoder().encode(`${request.mainFile}\0`), bytes.subarray(0, offset)];
  for (const [path, content] of Object.entries(request.files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path === request.mainFile) continue;
    parts.push(new TextEncoder().encode(`${path}\0`), contentBytes(content));
  }
  for (const [path, content] of Object.entries(request.texmf?.files ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(new TextEncoder().encode(`texmf:${path}\0`), content);
  }
  const blankedRequest = { ...request, files: { ...request.files, [request.mainFile]: byteStringBytes(blankedMain(text, offset)) } };
  return { key: await digest(parts), preamble, preambleLines: preamble.split('\n').length - 1, blankedRequest };
}

const contentBytes = (content: ProjectFileContent): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** True when every error of a failed compile is in the main file's body, after its preamble. */
function inBody(result: CompileResult, mainFile: string, preambleLines: number): boolean {
  return result.errors.length > 0 && result.errors.every((e) =>
    e.file !== null && e.line !== null && jobPath(mainFile, e.file) === mainFile && e.line > preambleLines + 1);
}

async function digest(parts: Uint8Array[]): Promise<string> {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs the preamble in INI mode over the project (and the auxiliary files the compile wrote) and
 * returns the raw format, or null when it cannot be reused: no format, the preamble read a file a
 * compile writes (its content would be frozen in the format), or wrote a file.
 */
async function dumpPreamble(
  assets: EngineAssets, request: CompileRequest, plan: Plan, aux: Record<string, Uint8Array>, env: Record<string, string>,
): Promise<Uint8Array | null> {
  const { cwd, prefix, jobName } = mainFileJob(request.mainFile);
  const files = new Map<string, Uint8Array>(Object.entries(aux));
  for (const [path, content] of Object.entries(request.files)) files.set(path, contentBytes(content));
  files.set(`${prefix}${DUMP_FILE}`, byteStringBytes(dumpInput(plan.preamble)));
  const args = ['-ini', '-interaction=nonstopmode', '-no-shell-escape', '-recorder', `-jobname=${jobName}`, '&pdflatex', DUMP_FILE];
  const run = await runPass(withTexmfAddition(assets, request.texmf), { files, cwd, args, env });
  const packed = run.files.get(`${prefix}${jobName}.fmt`);
  if (run.status !== 0 || !packed) return null;
  // The recorder lists the files opened. A file a previous compile wrote, read by the preamble, would
  // be frozen in the format; a file the preamble writes (filecontents, an index opened for the
  // body's \write) would not be written by a run on the format. Such a preamble is run every time.
  const own = new Set(['fmt', 'log', 'fls'].map((ext) => `${prefix}${jobName}.${ext}`));
  const recorded = new TextDecoder().decode(run.files.get(`${prefix}${jobName}.fls`) ?? new Uint8Array());
  for (const line of recorded.split('\n')) {
    const [, kind, path] = /^(INPUT|OUTPUT) (.+)$/.exec(line.trim()) ?? [];
    if (!kind || !path || (path.startsWith('/') && !path.startsWith(`${JOB_DIR}/`))) continue;
    const opened = path.startsWith(`${JOB_DIR}/`) ? path.slice(JOB_DIR.length + 1) : jobPath(request.mainFile, path);
    if (kind === 'OUTPUT' ? !own.has(opened) : opened in aux) return null;
  }
  return gunzip(packed);
}

/** web2c writes formats gzip-compressed; the engine reads a raw one as it is, without inflating per pass. */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function sameFiles(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => sameBytes(b[name], a[name]!));
}
