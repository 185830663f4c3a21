/** Versioned prompts of the tailoring engine and the schemas their answers are validated with. */
export * from './tailor.schema';
export { buildTailorMessages, TAILOR_PROMPT_VERSION, type TailorPromptInput } from './tailor-v1';
export { buildShortenMessages, SHORTEN_PROMPT_VERSION } from './shorten-v1';
export { buildWholeDocumentMessages, WHOLE_DOCUMENT_PROMPT_VERSION } from './whole-document-v1';
export { buildCoverLetterMessages, COVER_LETTER_PROMPT_VERSION } from './cover-letter-v1';
