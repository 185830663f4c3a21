/** Versioned prompts of the tailoring engine and the schemas their answers are validated with. */
export * from './tailor.schema';
// The current tailoring prompt; earlier versions stay in their files for old runs' records.
export { formatSegments } from './tailor-v2';
export { buildTailorMessages, TAILOR_PROMPT_VERSION } from './tailor-v3';
export type { TailorPromptInput } from './tailor-v1';
export { buildShortenMessages, SHORTEN_PROMPT_VERSION } from './shorten-v1';
export { buildWholeDocumentMessages, WHOLE_DOCUMENT_PROMPT_VERSION } from './whole-document-v1';
export { buildCoverLetterMessages, COVER_LETTER_PROMPT_VERSION } from './cover-letter-v1';
export { buildVerifyMessages, VerifyAnswerSchema, VERIFY_PROMPT_VERSION, type VerifyAnswer, type VerifyItem } from './verify-v1';
