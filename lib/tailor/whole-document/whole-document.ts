import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import { buildWholeDocumentMessages, WholeDocumentSchema } from '@/prompts/index';
import { newLinks, type GuardContext } from '../guard/guard';
import { unsafeCommand } from '../guard/latex-safety';
import { STRUCTURE_NAMES } from '../guard/forbidden';
import { readTex, type TexToken } from '../guard/tex-reader';
import { claimsAgainstMaster } from '../guard/document-claims';
import { latexToPlain } from '../segment/plain-text';
import type { EditRecord, GuardIssue, TailorStrength } from '../types';
import { changedRegions, escapeCaretOutsideMath } from './regions';

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

const count = (tokens: TexToken[], name: string) => tokens.filter((t) => t.kind === 'cs' && t.name === name).length;

function balanced(tokens: TexToken[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'char' && t.cat === 'begin') depth++;
    else if (t.kind === 'char' && t.cat === 'end' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Checks each changed region of a returned body the way a segment edit is checked: read as
 * TeX reads it, no forbidden or unknown command, no structure the master lacks, `^` escaped
 * outside math. Returns the body to apply (with escapes), the first fatal issue, and new links.
 */
function guardRegions(ctx: GuardContext, oldBody: string, newBody: string): { body: string; issue: GuardIssue | null; links: string[]; escaped: boolean } {
  const masterTokens = readTex(oldBody, { comments: true }).tokens;
  let body = '';
  let escaped = false;
  const links: string[] = [];
  for (const part of changedRegions(oldBody, newBody)) {
    if (!part.changed) { body += part.text; continue; }
    const special = new Set([...ctx.special].filter((c) => !part.old.includes(c)));
    const reading = readTex(part.text, { special, comments: true });
    if (reading.problems.length) return { body, issue: { code: 'forbidden-command', message: `A changed part ${reading.problems[0]}.` }, links, escaped };
    // Structure may move (whole-document mode reorders lines), so it is compared with the whole master body.
    const issue = unsafeCommand(reading.tokens, part.text, masterTokens, ctx.commands, oldBody);
    if (issue) return { body, issue, links, escaped };
    const caret = escapeCaretOutsideMath(part.text);
    escaped ||= caret.fixed;
    links.push(...newLinks(caret.text, ctx.masterSource));
    body += caret.text;
  }
  const tokens = readTex(body, { comments: true }).tokens;
  for (const name of STRUCTURE_NAMES) {
    if (count(tokens, name) > count(masterTokens, name)) return { body, issue: { code: 'structure', message: `Adds \\${name}, which would change the document's structure.` }, links, escaped };
  }
  if (!balanced(tokens)) return { body, issue: { code: 'unbalanced', message: 'Its braces do not balance.' }, links, escaped };
  return { body, issue: null, links: [...new Set(links)], escaped };
}

/**
 * Guards a whole returned document: the preamble must be byte-identical, every changed region
 * of the body passes the same checks as a segment edit, braces balance, and new claims, links
 * or addresses flag it.
 */
export function guardWholeDocument(ctx: GuardContext, master: string, proposed: string, accepted: boolean): EditRecord {
  const rec: EditRecord = { segmentId: DOCUMENT_EDIT_ID, file: ctx.seg.mainFile, oldText: master, newText: proposed, reason: 'Whole-document rewrite', keywordsAdded: [], status: 'rejected', issues: [], claims: [] };
  const a = splitAtBody(master);
  const b = splitAtBody(proposed.replace(/^\s*```(?:latex|tex)?\n|```\s*$/g, ''));
  if (a.preamble !== b.preamble) { rec.issues.push({ code: 'structure', message: 'The preamble (everything before \\begin{document}) came back changed.' }); return rec; }
  const checked = guardRegions(ctx, a.body, b.body);
  if (checked.issue) { rec.issues.push(checked.issue); return rec; }
  if (checked.escaped) rec.issues.push({ code: 'escaped', message: 'Escaped ^ so LaTeX prints it.' });
  rec.newText = b.preamble + checked.body;
  // The same meaning checks as a segment edit; with no cited lines, the whole master (and the facts the person confirmed) is the evidence.
  rec.findings = claimsAgainstMaster(latexToPlain(checked.body), [ctx.evidence.printed, latexToPlain(a.body), ...ctx.evidence.confirmed], [], checked.links);
  rec.claims = rec.findings.map((c) => c.text);
  if (rec.claims.length) {
    rec.issues.push({ code: 'needs-evidence', message: `Adds ${rec.claims.join(', ')}, which the master resume does not mention.` });
    rec.status = accepted ? 'applied' : 'flagged';
  } else rec.status = 'applied';
  return rec;
}
