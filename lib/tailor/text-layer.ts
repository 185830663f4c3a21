import type { TexProject } from './segment/types';

/**
 * What the pipeline needs of the PDF text-layer check (`lib/pdf-check`, a floor above, handed
 * in by the host): the check of a compiled PDF against its source, and the fixes for the
 * tailored copy planned from the master's check. Plain data only, so runs store it as JSON.
 */
export interface TextLayerSummary {
  extractor: string;
  words: number;
  exact: number;
  readsAsWritten: number;
  junkGlyphs: number;
  splitWords: number;
  joinedWords: number;
  problems: { kind: string; message: string; count: number; examples: string[]; pages: number[] }[];
}

export interface TextLayerFixPlan {
  fixes: { id: string; label: string; changesLook: boolean }[];
  notes: string[];
  /** Binary files the fixes need beside the main file. */
  files: Record<string, Uint8Array>;
  /** The project file that gets the fixes (the one holding `\begin{document}`). */
  file: string;
  apply(text: string): string;
}

export interface TextLayerHost {
  check(project: TexProject, pdf: Uint8Array): Promise<TextLayerSummary>;
  plan(project: TexProject, master: TextLayerSummary | null): TextLayerFixPlan;
}

/** What a run records: the check of the master and of the tailored PDF, and the fixes applied. */
export interface TextLayerRecord {
  master: TextLayerSummary | null;
  tailored: TextLayerSummary | null;
  /** Null when fixes were off (the setting) or dropped (they broke the compile: see `notes`). */
  fixes: Pick<TextLayerFixPlan, 'fixes' | 'notes'> | null;
  notes: string[];
}
