import type { TexEngineName } from '@/lib/tex/engine-choice';
import type { ProjectFileContent } from '@/lib/tex/types';

/** The user's LaTeX project: the main file and every file it needs, by relative path. */
export interface TexProject {
  mainFile: string;
  files: Record<string, ProjectFileContent>;
  /** The engine the person chose for this resume; by default the project's own needs decide. */
  engine?: TexEngineName;
}

/**
 * What a segment holds: a bullet (`\item …` or a bullet macro's argument), a skills line
 * (a comma/pipe separated list), or a prose paragraph (summary, objective, description).
 */
export type SegmentKind = 'bullet' | 'skills' | 'prose';

/** One editable span of the user's source. `text` is exactly `source.slice(start, end)`. */
export interface Segment {
  /** Stable id shown to the model: `b3`, `s1`, `p2`; prefixed by the file stem for `\input` files (`experience:b3`). */
  id: string;
  kind: SegmentKind;
  /** Project-relative path of the file the span lives in. */
  file: string;
  start: number;
  end: number;
  text: string;
  /** Plain text as a reader sees it (macros and braces removed), for keywords and prompts. */
  plain: string;
  /** Id of the sibling list this segment belongs to (bullets of one entry, or a skills block). */
  listId: string;
  /** The section heading above the segment, when one was found. */
  section: string | null;
}

/** A run of sibling segments that can be reordered among themselves. */
export interface SegmentList {
  id: string;
  kind: SegmentKind;
  segmentIds: string[];
}

/** The result of segmenting a project: the immutable skeleton is every byte outside the spans. */
export interface Segmentation {
  mainFile: string;
  /** Text of every file that was read (main and `\input` files), by path. */
  sources: Record<string, string>;
  /** Files in reading order (main first). */
  files: string[];
  segments: Segment[];
  lists: SegmentList[];
  /** Section titles in document order. */
  sections: string[];
  /** The main file's sections as movable spans (empty when reordering them is not safe). */
  sectionSpans: { id: string; title: string; start: number; end: number }[];
  /** Things the user may want to fix in the master (e.g. a bullet cut short by an unescaped `%`). */
  warnings: string[];
  /** False when nothing editable was found; `reason` says why (whole-document mode is then used). */
  editable: boolean;
  reason: string | null;
}
