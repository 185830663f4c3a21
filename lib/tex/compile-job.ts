import { BIBTEX_BACKEND_NOTE, bibtexJobs, biberNotice, runBibtex, withBibtexBackend } from './bibtex';
import { chooseEngine, type EngineChoice } from './engine-choice';
import { CYRILLIC_GREEK_STAND_INS, fontNameStandIns, fontStandIns, LATIN_MODERN_STAND_INS, writesCyrillicOrGreek } from './font-stand-ins';
import { parseTexLog } from './log-parser';
import { compileWithBitmaps } from './metafont';
import { withTexmfAddition } from './overlay-source';
import { createPackageLookup, describeMissing, lookupOutlinelessFonts } from './package-index';
import { runPass, type EngineAssets, type PassOutput } from './run-pass';
import type { CompileRequest, CompileResult, TexError } from './types';
import { coveredNames, localFontsProblem } from './local-fonts';
import { auxSeeds, checkPath, jobPath, mainFileJob, writtenAux } from './aux-carry';
import { runXdvipdfmx, substitutedNames, substitutionNotes, xetexEngineAssets } from './xetex';

/** Reruns until references settle, at most this many passes (one more after BibTeX). */
export const MAX_PASSES = 3;
/** A project larger than this is refused before TeX runs. */
export const MAX_PROJECT_BYTES = 64 * 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function refuse(message: string, started: number, choice?: EngineChoice): CompileResult {
  const errors: TexError[] = [{ file: null, line: null, message }];
  return {
    ok: false, pdf: null, pages: 0, log: '', errors, missingFiles: [], warnings: [], ms: Date.now() - started,
    ...(choice ? { engine: choice.engine, engineReason: choice.reason } : {}),
  };
}

/** The engine the request names (the user's choice for this resume), else the one the project needs. */
function engineFor(request: CompileRequest): EngineChoice {
  if (request.engine) return { engine: request.engine, reason: 'chosen for this resume' };
  return chooseEngine(request.mainFile, request.files);
}

/** Validates the request and turns it into job files (text as UTF-8). */
function jobFiles(request: CompileRequest): Map<string, Uint8Array> | string {
  if (!request.mainFile || !/\.(tex|ltx|xtx)$/i.test(request.mainFile)) {
    return `The main file must be a .tex file (got "${request.mainFile}").`;
  }
  if (!(request.mainFile in request.files)) return `The main file ${request.mainFile} is not among the project files.`;
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const [path, content] of Object.entries(request.files)) {
    const bad = checkPath(path);
    if (bad) return `The project file name "${path}" ${bad}.`;
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    total += bytes.length;
    files.set(path, bytes);
  }
  if (total > MAX_PROJECT_BYTES) {
    return `The project is ${(total / 1048576).toFixed(1)} MB; at most ${MAX_PROJECT_BYTES / 1048576} MB can be compiled.`;
  }
  return files;
}

/**
 * Compiles a project with pdfLaTeX or XeLaTeX (engine-choice.ts), one fresh engine instance per
 * pass, carrying the auxiliary files (.aux, .out, .toc …) from pass to pass until no rerun is
 * requested. XeLaTeX writes an .xdv on each pass; xdvipdfmx makes the PDF from the last one.
 */
export async function compileJob(
  bundleAssets: EngineAssets,
  request: CompileRequest,
  options: CompileJobOptions = {},
): Promise<CompileResult> {
  const started = Date.now();
  const input = jobFiles(request);
  if (typeof input === 'string') return refuse(input, started);
  const lentProblem = localFontsProblem(request.localFonts ?? []);
  if (lentProblem) return refuse(lentProblem, started);
  const seeds = auxSeeds(request.auxFiles, input);
  if (seeds.size > 0) {
    const seeded = await compileFiles(bundleAssets, request, input, seeds, options);
    // Auxiliary files of another version of the document can break a compile (a package that
    // wrote them is gone): such a run is redone from nothing, as a clean build would be. Only
    // then — an error in the document itself would fail again, at twice the cost (bisection
    // compiles many failing trials).
    if (seeded.ok || !seeded.errors.some((e) => e.file !== null && seeds.has(jobPath(request.mainFile, e.file)))) {
      return { ...seeded, ms: Date.now() - started };
    }
  }
  const result = await compileFiles(bundleAssets, request, input, new Map(), options);
  return { ...result, ms: Date.now() - started };
}

/** What one run of passes gives: the last pass and its log, BibTeX's notes and the files it read. */
interface PassesRun {
  pass: PassOutput;
  parsed: ReturnType<typeof parseTexLog>;
  bibNotes: string[];
  bibErrors: TexError[];
  bibMissing: string[];
  used: Map<string, Uint8Array>;
  passes: number;
}

export interface CompileJobOptions {
  extraArgs?: string[];
  /** Environment of every pass (SOURCE_DATE_EPOCH: one date for a compile and its preamble's proof). */
  env?: Record<string, string>;
  onPass?: (pass: PassOutput) => void;
  /** TeX's terminal lines as they come (the worker sends them on: a stopped loop leaves them). */
  onTerminal?: (line: string) => void;
}

async function compileFiles(
  bundleAssets: EngineAssets,
  request: CompileRequest,
  input: Map<string, Uint8Array>,
  seeds: Map<string, Uint8Array>,
  options: CompileJobOptions,
): Promise<CompileResult> {
  const started = Date.now();
  const choice = engineFor(request);
  const shared = withTexmfAddition(bundleAssets, request.texmf);
  const xetex = choice.engine === 'xelatex';
  if (xetex && !shared.loadXetex) return refuse('This build of Bespoke has no XeLaTeX engine.', started, choice);
  const xeAssets = xetex ? await shared.loadXetex!() : null;
  const localFonts = request.localFonts ?? [];
  const lent = coveredNames(localFonts);
  const assets = xeAssets ? xetexEngineAssets(shared, xeAssets, request.texmf, [], localFonts) : shared;
  const { cwd, prefix, mainName, jobName } = mainFileJob(request.mainFile);
  const args = ['-interaction=nonstopmode', '-file-line-error', '-no-shell-escape', ...(xetex ? ['-no-pdf'] : []),
    ...(options.extraArgs ?? []), `-jobname=${jobName}`, mainName];
  const output = `${prefix}${jobName}.${xetex ? 'xdv' : 'pdf'}`;
  /**
   * Passes until no rerun is asked (BibTeX after the first), from the user's files each time. A
   * project that loads biblatex for Biber runs first on a copy set to biblatex's BibTeX backend;
   * that run is kept when it makes the PDF without an error, else the files as they are run
   * (Biber's empty bibliography, said).
   */
  const runPasses = async (input: Map<string, Uint8Array>, assets: EngineAssets, onBibtexBackend = false): Promise<PassesRun> => {
    // Before the first pass, from the files' text: no pass is spent finding out that Biber is wanted.
    const switched = onBibtexBackend || !assets.loadBibtex ? null : withBibtexBackend(input);
    if (switched) {
      const rerun = await runPasses(switched, assets, true);
      if (rerun.parsed.errors.length === 0 && rerun.pass.status === 0) {
        const log = decoder.decode(rerun.pass.files.get(`${prefix}${jobName}.log`) ?? new Uint8Array());
        // Said only when biblatex ran (a project file may load it for another document).
        return /^Package: biblatex /m.test(log) ? { ...rerun, bibNotes: [BIBTEX_BACKEND_NOTE, ...rerun.bibNotes] } : rerun;
      }
    }
    // The first pass also reads the carried auxiliary files; later passes read what it wrote.
    let files = seeds.size > 0 ? new Map([...seeds, ...input]) : input;
    let pass: PassOutput | null = null;
    let parsed = null;
    let maxPasses = MAX_PASSES;
    const bibNotes: string[] = [];
    const bibErrors: TexError[] = [];
    const bibMissing: string[] = [];
    let n = 1;
    for (; n <= maxPasses; n++) {
      // Each pass starts from the user's files plus what the previous pass wrote (minus the PDF).
      pass = await runPass(assets, { files, cwd, args, env: options.env, onPrint: options.onTerminal });
      options.onPass?.(pass);
      const log = decoder.decode(pass.files.get(`${prefix}${jobName}.log`) ?? new Uint8Array());
      parsed = parseTexLog(log, pass.terminal);
      if (parsed.errors.length > 0 || pass.status !== 0) break;
      files = new Map(pass.files);
      files.delete(output);
      for (const [p, b] of input) files.set(p, b);
      if (n === 1) {
        // After the first pass the .aux files name the bibliographies: BibTeX makes each .bbl,
        // then two more passes put the citations in (as latexmk would).
        // Biber is wanted and its BibTeX-backend copy failed above (biblatex-apa): say how to switch.
        const biber = onBibtexBackend ? null : biberNotice(log, files, prefix, jobName);
        if (biber) bibNotes.push(biber);
        const jobs = bibtexJobs(pass.files, prefix, jobName, input);
        // BibTeX reads what this pass wrote, not an old copy of the same .aux the project holds.
        for (const job of jobs) files.set(`${prefix}${job}.aux`, pass.files.get(`${prefix}${job}.aux`)!);
        if (jobs.length > 0 && assets.loadBibtex) {
          const bib = await runBibtex(assets, files, cwd, jobs);
          files = bib.files;
          bibErrors.push(...bib.errors);
          bibMissing.push(...bib.missingFiles);
          bibNotes.push(...bib.warnings);
          maxPasses = MAX_PASSES + 1;
          continue;
        }
      }
      if (!parsed.needsRerun) break;
    }
    return { pass: pass!, parsed: parsed!, bibNotes, bibErrors, bibMissing, used: input, passes: Math.min(n, maxPasses) };
  };
  // Fonts that exist only as METAFONT sources are drawn as bitmaps, as native pdflatex does.
  const bitmaps = xeAssets ? null : await compileWithBitmaps(assets, input, cwd, (files) => runPasses(files, assets), `${prefix}${jobName}.log`);
  let run = bitmaps ? bitmaps.run : await runPasses(input, assets);
  const bitmapNotes = bitmaps?.notes ?? [];
  const bitmapsMade = bitmaps?.made ?? [];
  // Fonts a XeLaTeX project names but nothing here has get a stand-in each (said in the warnings), a
  // round per family fontspec asks for: raleway.sty's 18 faces take eight; each must name a new one.
  const fileNotes: string[] = [];
  let nameNotes: string[] = [];
  let withFiles = input;
  const missingNames = new Set<string>();
  const askedFiles = new Set<string>();
  const faces = xeAssets && run.parsed.errors.length > 0 && writesCyrillicOrGreek(input) ? CYRILLIC_GREEK_STAND_INS : LATIN_MODERN_STAND_INS;
  for (let round = 0; xeAssets && run.parsed.errors.length > 0 && round < 10; round++) {
    const known = missingNames.size;
    run.parsed.missingFonts.forEach((n) => missingNames.add(n));
    run.parsed.missingFiles.forEach((f) => askedFiles.add(f));
    const files = fontStandIns([...askedFiles], withFiles, cwd, shared.texmf, run.parsed.missingFonts, faces);
    if (files.files.size === 0 && missingNames.size === known) break;
    withFiles = new Map([...withFiles, ...files.files]);
    fileNotes.push(...files.notes);
    const names = fontNameStandIns([...missingNames], [...askedFiles, ...[...withFiles.keys()].map((p) => `[${p}]`)], shared.texmf, cwd, faces);
    nameNotes = names.notes;
    // The project's own files (and stand-ins at paths it asked for) win over a name's file copy.
    run = await runPasses(new Map([...names.files, ...withFiles]), xetexEngineAssets(shared, xeAssets, request.texmf, names.families, localFonts));
  }
  const standInNotes = [...fileNotes, ...nameNotes];
  // Names answered by a stand-in or a substitute: what the user's installed fonts could answer instead.
  const substituted = xeAssets ? substitutedNames(input, lent) : new Map<string, string>();
  const fontsStoodIn = [...new Set([...missingNames, ...substituted.keys()])];
  const lentNotes = xeAssets && localFonts.length > 0
    ? [`Installed font: ${[...new Set(localFonts.map((f) => f.family))].map((f) => `"${f}"`).join(', ')} from this computer ${localFonts.length === 1 ? 'was' : 'were'} used for this compile only (${localFonts.length} face${localFonts.length === 1 ? '' : 's'}; not stored).`]
    : [];
  const { pass, bibNotes, bibErrors, bibMissing } = run;
  const logBytes = pass.files.get(`${prefix}${jobName}.log`);
  const log = logBytes ? decoder.decode(logBytes) : pass.terminal;
  const result = run.parsed;
  let pdf = pass.files.get(output) ?? null;
  if (xeAssets && pdf) {
    const dvi = await runXdvipdfmx(assets, xeAssets, pass.files, cwd, jobName);
    pdf = dvi.pdf;
    result.errors.push(...dvi.errors);
  }
  const ok = pass.status === 0 && result.errors.length === 0 && pdf !== null;
  if (!ok && result.errors.length === 0) {
    // A failure the parser does not know: show the end of what TeX said rather than nothing.
    const tail = pass.terminal.trim().split('\n').slice(-6).join('\n');
    const engine = xetex ? 'XeTeX' : 'pdfTeX';
    result.errors.push({ file: null, line: null, message: `${engine} stopped (exit ${pass.status}) without a PDF:\n${tail}` });
  }
  const errors = [...result.errors, ...bibErrors];
  // METAFONT's missing sources count only while fonts are still missing (a font it drew needs none).
  const mfMissing = result.missingFiles.some((f) => f.endsWith('.tfm')) || result.bitmapRequests.length > 0 ? bitmaps?.missing ?? [] : [];
  const missingFiles = [...new Set([...result.missingFiles, ...bibMissing, ...mfMissing])];
  let missingPackages;
  // A failed compile also names what a package went on without, when TeX Live has it: biblatex-apa's
  // apa.dbx missing surfaces only as "`usenarrator' undefined" several lines later.
  const quiet = ok ? [] : result.quietlyMissing;
  const outlineless = result.fontsWithoutOutlines;
  const index = missingFiles.length + quiet.length + outlineless.length > 0 && assets.loadPackageIndex
    ? await assets.loadPackageIndex().catch(() => null)
    : null;
  // Without the index a font with no outline is named as it is; with it, by the file to fetch.
  if (!index) {
    missingFiles.push(...outlineless);
  } else {
    const lookup = createPackageLookup(index);
    const found = lookup(quiet).filter((m) => m.package !== null);
    const fonts = lookupOutlinelessFonts(lookup, outlineless);
    const asked = missingFiles.filter((f) => !found.some((m) => m.file === f));
    missingFiles.push(...found.map((m) => m.file), ...fonts.map((m) => m.file));
    const all = [...lookup(asked), ...found, ...fonts];
    if (all.length > 0) missingPackages = all;
    // Say where each missing file can be had, right under the error that names it.
    describeMissing(all).forEach((message) => errors.push({ file: null, line: null, message }));
  }
  return {
    ok: ok && bibErrors.length === 0,
    pdf,
    passes: run.passes,
    auxFiles: writtenAux(pass, run.used, [output, `${prefix}${jobName}.pdf`]),
    pages: pdf ? result.pages : 0,
    log,
    errors,
    missingFiles,
    ...(missingPackages ? { missingPackages } : {}),
    warnings: [...(xetex && pdf ? [...lentNotes, ...substitutionNotes(substituted), ...standInNotes] : []), ...bitmapNotes, ...bibNotes, ...result.warnings],
    ...(fontsStoodIn.length > 0 ? { fontsStoodIn } : {}),
    ...(bitmapsMade.length > 0 ? { bitmapsMade } : {}),
    ms: Date.now() - started,
    engine: choice.engine,
    engineReason: choice.reason,
  };
}
