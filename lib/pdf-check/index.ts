/**
 * The PDF text-layer check and fixes: does the compiled PDF read back the words the LaTeX
 * source writes (what an ATS parses), and what the tailored copy adds so that it does.
 */
export { checkTextLayer } from './check';
export { sourceWords, sourcePlain, type SourceWords } from './source-words';
export type { TextLayerReport, TextLayerProblem, ProblemKind, ReadPage } from './types';
export { planTextLayerFixes, type TextLayerPlan, type TextLayerFix, type FixId } from './fixes';
export { createTextLayerHost } from './host';
export { formatReports, percent, readsWell } from './format';
