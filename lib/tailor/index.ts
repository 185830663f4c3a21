/**
 * Public surface of the tailoring engine (platform-agnostic). Node-only helpers live in
 * `lib/tailor/node/` (project from disk, pdf.js legacy text extraction, engine choice).
 */
export { runTailor, tailorCacheKey, type TailorDeps, type TailorInput, type TailorJob } from './pipeline/run';
export { TailorError, type TailorProgress, type TailorStage, type TailorErrorCode } from './pipeline/progress';
export { parseStoredPlan, type StoredPlan } from './pipeline/plan-stage';
export type { TailorRun, TailorResult, TailorSettings, TailorMode, ReorderRecord } from './record';
export { editCounts } from './record';
export type { EditRecord, EditStatus, EditProposal, ReorderProposal, TailorStrength, GuardIssue, Claim, ClaimKind } from './types';
export { factsFromAccepted, type ConfirmedFactInput } from './guard/confirmed';
export { segmentProject } from './segment/segment';
export type { Segment, Segmentation, SegmentList, TexProject } from './segment/types';
export { analysePosting, type PostingKeyword } from './keywords/analyse';
export { scoreText, MUST_WEIGHT, NICE_WEIGHT, type MatchScore, type KeywordResult } from './score/score';
export { explainScore } from './score/explain';
export { extractPdfText, extractPdfLines, type PdfJsLike, type PdfText, type PdfLine, type PdfPageLines } from './score/pdf-text';
// Browser text extraction: import '@/lib/tailor/score/pdf-text.browser' (kept out of this index so Node never loads it).
export { planOffline } from './offline/offline-tailor';
export { toReport, type TailorReport } from './report';
export { writeCoverLetter, type CoverLetterResult } from './cover-letter/cover-letter';
export { MemoryRunCache } from './pipeline/memory-cache';
export { prepareMaster, type StageMemo, type CompiledMaster } from './pipeline/memo';
export type { TextLayerHost, TextLayerSummary, TextLayerFixPlan, TextLayerRecord } from './text-layer';
