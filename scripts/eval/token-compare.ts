/**
 * Token counts (o200k, the GPT-4o encoding) of the structured mode against the
 * whole-document mode on the same case: what each sends and what the model must write back.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { buildTailorMessages, buildWholeDocumentMessages, formatSegments } from '../../prompts/index.ts';
import type { PostingKeyword, Segmentation, TailorStrength } from '../../lib/tailor/index.ts';

export interface TokenComparison {
  structuredIn: number;
  structuredOut: number;
  wholeIn: number;
  wholeOut: number;
  /** Just the payloads: the segments as sent (JSON lines) against the whole file(s). */
  segmentsOnly: number;
  documentOnly: number;
}

const count = (msgs: { content: string }[]) => msgs.reduce((n, m) => n + countTokens(m.content), 0);

/** Structured input is the real prompt; its output is the recorded answer. Whole-document output is the file itself. */
export function compareTokens(seg: Segmentation, keywords: PostingKeyword[], job: { title?: string | null; description: string }, strength: TailorStrength, pageTarget: number, recordedAnswer: string): TokenComparison {
  const structured = buildTailorMessages({
    job, keywords: keywords.map((k) => ({ term: k.term, importance: k.importance })),
    segments: seg.segments.map((s) => ({ id: s.id, kind: s.kind, section: s.section, listId: s.listId, text: s.text })),
    lists: seg.lists, strength, pageTarget,
  });
  // Every file the model would need to see and return (main + \input files).
  const document = seg.files.map((f) => seg.sources[f]).join('\n');
  const whole = buildWholeDocumentMessages({ document, job, strength, pageTarget });
  const segmentLines = formatSegments(seg.segments.map((s) => ({ id: s.id, kind: s.kind, section: s.section, listId: s.listId, text: s.text })));
  return {
    structuredIn: count(structured), structuredOut: countTokens(recordedAnswer), wholeIn: count(whole), wholeOut: countTokens(JSON.stringify({ document })),
    segmentsOnly: countTokens(segmentLines), documentOnly: countTokens(document),
  };
}
