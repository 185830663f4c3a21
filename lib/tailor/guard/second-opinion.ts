import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import { buildVerifyMessages, VerifyAnswerSchema, type VerifyItem } from '@/prompts/index';
import { latexToPlain } from '../segment/plain-text';
import type { EditRecord } from '../types';
import { uniqueClaims, type Claim } from './claims/claim';

/** What a verify call cost and which model answered. */
export interface SecondOpinion {
  usage: TokenUsage;
  model: string;
  /** Claims the model added, by segment id. */
  added: Map<string, Claim[]>;
}

/**
 * Asks the model (normally the provider's cheapest) which claims of the guarded rewrites
 * their evidence does not support, and adds them to the edits. It can only add flags: an
 * applied edit with a new claim becomes `flagged` (unless the user accepted it); nothing the
 * rules flagged is ever cleared. Rejected and dropped edits are not sent. `confirmed`: facts
 * the person confirmed, sent as evidence too.
 */
export async function addSecondOpinion(client: LlmClient, edits: EditRecord[], options: { accepted: ReadonlySet<string>; confirmed?: readonly string[]; skills?: string; signal?: AbortSignal }): Promise<SecondOpinion | null> {
  const open = edits.filter((e) => (e.status === 'applied' || e.status === 'flagged') && e.newText !== e.oldText && e.evidence?.length);
  if (!open.length) return null;
  const items: VerifyItem[] = open.map((e) => ({
    id: e.segmentId,
    rewrite: latexToPlain(e.newText),
    evidence: [...e.evidence!.map((x) => x.text), ...(options.skills ? [`Skills: ${options.skills}`] : []), ...(options.confirmed ?? [])],
  }));
  const { data, result } = await chatJson(client, { messages: buildVerifyMessages(items), signal: options.signal, maxOutputTokens: 1500 }, VerifyAnswerSchema, 'verify_claims');
  const added = new Map<string, Claim[]>();
  const byId = new Map(open.map((e) => [e.segmentId, e]));
  for (const answer of data.edits) {
    const edit = byId.get(answer.id);
    if (!edit || !answer.unsupported.length) continue;
    const claims: Claim[] = answer.unsupported.map((u) => ({ kind: u.kind, text: u.claim, triggers: [u.claim], reason: u.why || `The model found "${u.claim}" unsupported by the evidence.`, source: 'model' }));
    const before = edit.findings ?? [];
    edit.findings = uniqueClaims([...before, ...claims]);
    const fresh = edit.findings.slice(before.length);
    if (!fresh.length) continue;
    added.set(edit.segmentId, fresh);
    edit.claims = edit.findings.map((c) => c.text);
    if (!edit.issues.some((i) => i.code === 'needs-evidence')) edit.issues.push({ code: 'needs-evidence', message: `The second opinion found ${fresh.map((c) => c.text).join(', ')} unsupported by the cited lines.` });
    if (edit.status === 'applied' && !options.accepted.has(edit.segmentId)) edit.status = 'flagged';
  }
  return { usage: result.usage, model: result.model, added };
}
