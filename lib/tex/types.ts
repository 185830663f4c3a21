import type { TexmfAddition } from './overlay-source';
import type { TexEngineName } from './engine-choice';
import type { MissingPackage } from './package-index';

/** A file of the compile job: text (UTF-8) or binary (images, fonts, .cls kept as bytes). */
export type ProjectFileContent = string | Uint8Array;

export interface CompileRequest {
  /** Path of the main `.tex` inside `files`, e.g. `resume.tex` or `cv/main.tex`. */
  mainFile: string;
  /** The user's project files by relative path (the resume's own .tex/.cls/.sty/images). */
  files: Record<string, ProjectFileContent>;
  /** Wall-clock limit for the whole compile (all passes); the engine is killed past it. */
  timeoutMs?: number;
  /** TeX Live packages fetched on demand, added to the bundle for this compile. */
  texmf?: TexmfAddition;
  /** The engine the user chose for this resume; by default the project's own needs decide (engine-choice.ts). */
  engine?: TexEngineName;
  /**
   * Auxiliary files (.aux, .out, .toc …) an earlier compile of this project wrote (its result's
   * `auxFiles`). The first pass reads them, as pdflatex does in a folder where it ran before, so
   * a document whose references did not change settles in one pass instead of two. Project files
   * win over them; a compile they break is redone without them.
   */
  auxFiles?: Record<string, Uint8Array>;
  /**
   * Fonts installed on the user's computer that the user chose to lend to this compile (Chrome's
   * Local Font Access, components/resume/local-fonts-button.tsx). XeLaTeX only; they live in a
   * folder of the engine's own for this compile and are never written to the project.
   */
  localFonts?: LocalFont[];
}

/** One face of a font installed on the user's computer (the Local Font Access API's FontData, read). */
export interface LocalFont {
  family: string;
  fullName: string;
  postscriptName: string;
  style: string;
  bytes: Uint8Array;
}

export interface TexError {
  file: string | null;
  line: number | null;
  message: string;
}

export interface CompileResult {
  ok: boolean;
  /** The PDF bytes, when one was produced (a run with errors in nonstopmode may still produce one). */
  pdf: Uint8Array | null;
  pages: number;
  log: string;
  errors: TexError[];
  /** Files TeX asked for and could not find (exact names, e.g. `moderncv.cls`). */
  missingFiles: string[];
  /** For each missing file, the TeX Live package that has it (when the index is available). */
  missingPackages?: MissingPackage[];
  warnings: string[];
  ms: number;
  /** TeX passes run for this result (BibTeX and xdvipdfmx not counted). */
  passes?: number;
  /** What the last pass wrote besides the PDF and the log, for the next compile's `auxFiles`. */
  auxFiles?: Record<string, Uint8Array>;
  /**
   * Font names the project asked for that Bespoke did not have and answered with a stand-in or a
   * metric-compatible substitute (XeLaTeX): what the user's own installed fonts could answer.
   */
  fontsStoodIn?: string[];
  /** Bitmaps METAFONT made during this compile (`ifsym10.600`); absent when none was needed or all were kept from before. */
  bitmapsMade?: string[];
  /** The engine that ran, and why it was chosen (shown in the UI, recorded in runs). */
  engine?: TexEngineName;
  engineReason?: string;
  /** True when the compile loaded a format of this preamble made by an earlier one (preamble-format.ts). */
  preambleReused?: boolean;
}

/** Anything that can compile a project: the Node engine, the browser Worker engine, a test double. */
export interface TexCompiler {
  /** `signal` stops a running compile (the engine's worker is terminated) and rejects with an AbortError. */
  compile(request: CompileRequest, options?: { signal?: AbortSignal }): Promise<CompileResult>;
}
