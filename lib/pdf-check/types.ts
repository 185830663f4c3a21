/** What can be wrong with the words a PDF's text layer yields. */
export type ProblemKind =
  | 'junk' | 'split' | 'joined' | 'ligature' | 'accent' | 'hyphenation' | 'misread'
  | 'order' | 'header-footer' | 'heading';

/** One kind of problem, with a plain-words message and a few of the words it hit. */
export interface TextLayerProblem {
  kind: ProblemKind;
  message: string;
  count: number;
  examples: string[];
  /** 1-based pages where it was seen (empty when unknown, e.g. document-wide). */
  pages: number[];
}

/** The check of one PDF as one extractor read it. */
export interface TextLayerReport {
  /** Which extractor read the PDF: `pdf.js` (what Bespoke scores) or `pdftotext` (poppler). */
  extractor: string;
  /** Words read (tokens with a letter or a digit). */
  words: number;
  /** Words read back exactly as the source writes them. */
  exact: number;
  /** `exact / words`, the "reads as written" figure (1 when there are no words). */
  readsAsWritten: number;
  junkGlyphs: number;
  splitWords: number;
  joinedWords: number;
  problems: TextLayerProblem[];
}

/** Text as an extractor gave it: lines per page, with positions when the extractor has them. */
export interface ReadPage {
  width?: number;
  height?: number;
  lines: { text: string; x?: number; y?: number }[];
}
