import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import { buildWholeDocumentMessages, WholeDocumentSchema } from '@/prompts/index';
import type { GuardContext } from '../guard/guard';
import { bracesBalanced, FORBIDDEN } from '../guard/latex-safety';
import { newClaims } from '../guard/truthfulness';
import { latexToPlain } from '../segment/plain-text';
import type { EditRecord, TailorStrength } from '../types';

/** The id whole-document mode uses for its single edit (accept it with `acceptFlagged: ['document']`). */
export const DOCUMENT_EDIT_ID = 'document';

function splitAtBody(tex: string): { preamble: string; body: string } {
  const at = tex.search(/\\begin\s*\{document\}/);
  return at === -1 ? { preamble: '', body: tex } : { preamble: tex.slice(0, at), body: tex.slice(at) };
}

/** Asks the model for the whole tailored file (templates the segmenter cannot split). */
export async function planWholeDocument(client: LlmClient, req: { document: string; job: { title?: string | null; company?: string | null; description: string }; strength: TailorStrength; pageTarget: number; signal?: AbortSignal }): Promise<{ document: string; summary: string | null; usage: TokenUsage; model: string }> {
  const messages = buildWholeDocumentMessages(req);
  const { data, result } = await chatJson(client, { messages, signal: req.signal, maxOutputTokens: 16000 }, WholeDocumentSchema, 'tailored_document');
  return { document: data.document, summary: data.summary ?? null, usage: result.usage, model: result.model };
}

function forbiddenCount(text: string): Map<string, number> {
  const re = new RegExp(FORBIDDEN.source, 'g');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/**
 * Guards a whole returned document: the preamble must be byte-identical, no forbidden command
 * may appear more often than in the master, braces must balance, and new claims flag it.
 */
export function guardWholeDocument(ctx: GuardContext, master: string, proposed: string, accepted: boolean): EditRecord {
  const rec: EditRecord = { segmentId: DOCUMENT_EDIT_ID, file: ctx.seg.mainFile, oldText: master, newText: proposed, reason: 'Whole-document rewrite', keywordsAdded: [], status: 'rejected', issues: [], claims: [] };
  const a = splitAtBody(master);
  const b = splitAtBody(proposed.replace(/^\s*```(?:latex|tex)?\n|```\s*$/g, ''));
  if (a.preamble !== b.preamble) { rec.issues.push({ code: 'structure', message: 'The preamble (everything before \\begin{document}) came back changed.' }); return rec; }
  const before = forbiddenCount(a.body);
  for (const [cmd, n] of forbiddenCount(b.body)) {
    if (n > (before.get(cmd) ?? 0)) { rec.issues.push({ code: 'forbidden-command', message: `Adds ${cmd}, which an edit may never contain.` }); return rec; }
  }
  if (!bracesBalanced(b.body)) { rec.issues.push({ code: 'unbalanced', message: 'Its braces do not balance.' }); return rec; }
  rec.newText = b.preamble + b.body;
  rec.claims = newClaims(latexToPlain(b.body), latexToPlain(a.body), ctx.facts);
  if (rec.claims.length) {
    rec.issues.push({ code: 'needs-evidence', message: `Adds ${rec.claims.join(', ')}, which the master resume does not mention.` });
    rec.status = accepted ? 'applied' : 'flagged';
  } else rec.status = 'applied';
  return rec;
}
