import { runPass, type EngineAssets } from './run-pass';
import type { TexError } from './types';
import { byteString, byteStringBytes, sameBytes } from './byte-string';

const decoder = new TextDecoder();
const BIBTEX_PATH = '/bin/bibtex';

/**
 * The .aux files BibTeX must read: every one in the main file's folder that this pass wrote
 * and that names a database (`\bibdata`) — the main .aux, and one per bibliography with
 * multibib or biblatex's `backend=bibtex` (its `-blx` databases are listed in the main .aux).
 * `written` is the folder after the pass, `projectFiles` the person's own files: another .aux
 * than the main one that the project holds and the pass left as it was belongs to another
 * document, kept from an old build (a repository with cv.tex, letter.tex and their .aux files
 * committed), and is not this one's.
 */
export function bibtexJobs(written: Map<string, Uint8Array>, prefix: string, mainJob: string, projectFiles: Map<string, Uint8Array> = new Map()): string[] {
  const jobs: string[] = [];
  for (const [path, bytes] of written) {
    if (!path.startsWith(prefix) || !path.endsWith('.aux') || path.slice(prefix.length).includes('/')) continue;
    if (path !== `${prefix}${mainJob}.aux` && sameBytes(projectFiles.get(path), bytes)) continue;
    if (/\\bibdata\{/.test(decoder.decode(bytes))) jobs.push(path.slice(prefix.length, -'.aux'.length));
  }
  return jobs.sort();
}

/**
 * biblatex's default backend is Biber, a Perl program no browser can run. Says so, and how to
 * switch, when the document asks for it (a .bcf file and biblatex's "Please (re)run Biber").
 */
export function biberNotice(log: string, files: Map<string, Uint8Array>, prefix: string, jobName: string): string | null {
  if (!files.has(`${prefix}${jobName}.bcf`) && !/Please \(re\)run Biber/.test(log)) return null;
  return 'Bibliography: this resume uses biblatex with Biber, which cannot run in the browser, so its bibliography stays empty. ' +
    'Switch biblatex to BibTeX: \\usepackage[backend=bibtex]{biblatex} (Bespoke runs BibTeX itself).';
}

/** Files biblatex can be loaded from: the document, its classes and packages, biblatex .cfg files. */
const LOADING_FILE = /\.(tex|ltx|cls|sty|cfg)$/i;
const LOAD_BIBLATEX = /(\\(?:usepackage|RequirePackage)\s*)(?:\[([^\]]*)\])?(\s*\{biblatex\})/g;

/** The options of a biblatex load with its backend set to BibTeX. */
function bibtexOptions(options: string | undefined): string {
  if (options === undefined || options.trim() === '') return 'backend=bibtex';
  return /\bbackend\s*=/.test(options) ? options.replace(/\bbackend\s*=\s*\w+/, 'backend=bibtex') : `backend=bibtex,${options}`;
}

/**
 * A copy of the project's files in which every load of biblatex (outside comments) uses its
 * BibTeX backend: `backend=biber`, or no backend (Biber is biblatex's default), becomes
 * `backend=bibtex`, which Bespoke runs. For the compile only; the person's files stay as they
 * are. Null when no file loads biblatex with another backend.
 */
export function withBibtexBackend(files: Map<string, Uint8Array>): Map<string, Uint8Array> | null {
  let out: Map<string, Uint8Array> | null = null;
  for (const [path, bytes] of files) {
    if (!LOADING_FILE.test(path)) continue;
    const text = byteString(bytes);
    if (!text.includes('{biblatex}')) continue;
    // Options may span lines: `\usepackage[` on one line, `backend=biber,` on the next, `]{biblatex}` below.
    const edited = text.replace(LOAD_BIBLATEX, (all, load: string, options: string | undefined, name: string, at: number) => {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      if (/(?<!\\)%/.test(text.slice(lineStart, at))) return all;
      return options !== undefined && /\bbackend\s*=\s*bibtex\b/.test(options) ? all : `${load}[${bibtexOptions(options)}]${name}`;
    });
    if (edited !== text) (out ??= new Map(files)).set(path, byteStringBytes(edited));
  }
  return out;
}

/** The note for a compile that ran biblatex's BibTeX backend in place of Biber. */
export const BIBTEX_BACKEND_NOTE = 'Bibliography: this resume loads biblatex for Biber, which cannot run in the browser, so Bespoke ' +
  'compiled it with biblatex\'s BibTeX backend (backend=bibtex, in the compile only: your files are unchanged). ' +
  'Sorting and names can differ slightly from Biber\'s.';

export interface BibtexOutcome {
  /** The job files with each .bbl (and .blg) BibTeX wrote. */
  files: Map<string, Uint8Array>;
  /** Databases or styles that could not be opened: the bibliography cannot be made. */
  errors: TexError[];
  /** Everything else BibTeX complained about, in its own words. */
  warnings: string[];
  missingFiles: string[];
}

/** Runs BibTeX on each job (an .aux base name) in the main file's folder, one instance each. */
export async function runBibtex(assets: EngineAssets, files: Map<string, Uint8Array>, cwd: string, jobs: string[]): Promise<BibtexOutcome> {
  const program = { ...(await assets.loadBibtex!()), path: BIBTEX_PATH };
  const out: BibtexOutcome = { files, errors: [], warnings: [], missingFiles: [] };
  const prefix = cwd ? `${cwd}/` : '';
  for (const job of jobs) {
    const pass = await runPass(assets, { files: out.files, cwd, args: [job], program });
    out.files = pass.files;
    const blg = decoder.decode(pass.files.get(`${prefix}${job}.blg`) ?? new Uint8Array()) || pass.terminal;
    for (const m of blg.matchAll(/I couldn't open (?:database|style) file (\S+)/g)) {
      out.missingFiles.push(m[1]!);
      out.errors.push({ file: `${prefix}${job}.aux`, line: null, message: `BibTeX could not open ${m[1]}: the bibliography cannot be made without it.` });
    }
    for (const m of blg.matchAll(/^(Warning--.*|.*---line \d+ of file .*)$/gm)) out.warnings.push(`BibTeX (${job}): ${m[1]!.trim()}`);
  }
  return out;
}
