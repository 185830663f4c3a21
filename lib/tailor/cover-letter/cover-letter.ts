import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import type { TexCompiler } from '@/lib/tex/types';
import { buildCoverLetterMessages, COVER_LETTER_PROMPT_VERSION, CoverLetterSchema } from '@/prompts/index';
import { newLinks } from '../guard/guard';
import { claimsAgainstMaster } from '../guard/document-claims';
import { latexToPlain } from '../segment/plain-text';
import { fileText } from '../segment/segment';
import type { TexProject } from '../segment/types';
import { escapeLatexText, fillTemplate } from './template';

export interface CoverLetterResult {
  tex: string;
  pdf: Uint8Array | null;
  compiled: boolean;
  promptVersion: string;
  paragraphs: { text: string; status: 'applied' | 'flagged'; claims: string[] }[];
  usage: TokenUsage;
  model: string;
}

/** The applicant's name and contact line, read from the master resume's text. */
export function contactFromResume(resumeText: string): { name: string; contact: string } {
  const lines = resumeText.split('\n').map((l) => l.trim()).filter(Boolean);
  const name = lines.find((l) => /^[\p{L}][\p{L}.'’ -]{2,60}$/u.test(l) && l.split(/\s+/).length <= 5) ?? '';
  const found = [
    ...(resumeText.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []).slice(0, 1),
    ...(resumeText.match(/\+?\d[\d ()~.-]{7,}\d/g) ?? []).slice(0, 1),
    ...(resumeText.match(/(?:linkedin\.com|github\.com)\/[\w/-]+/gi) ?? []).slice(0, 2),
  ];
  return { name, contact: found.join(' | ') };
}

/**
 * Writes a cover letter for the posting from the master's facts: the model writes plain-text
 * paragraphs, a paragraph with claims the master lacks is left out unless accepted, and
 * the letter is compiled with the bundled template using the resume's name and contacts.
 */
export async function writeCoverLetter(
  deps: { client: LlmClient; compiler: TexCompiler; signal?: AbortSignal },
  input: { project: TexProject; resumeText: string; job: { title?: string | null; company?: string | null; description: string }; acceptFlagged?: boolean },
): Promise<CoverLetterResult> {
  const { data, result } = await chatJson(deps.client, { messages: buildCoverLetterMessages({ resumeText: input.resumeText, job: input.job }), signal: deps.signal, maxOutputTokens: 3000 }, CoverLetterSchema, 'cover_letter');
  const sources = Object.keys(input.project.files).filter((p) => /\.tex$/.test(p)).map((p) => fileText(input.project, p) ?? '').join('\n');
  // The posting's company and title may be named; only the resume backs what the letter says of the person.
  const job = [input.job.company ?? '', input.job.title ?? ''];
  const paragraphs = data.paragraphs.map((text) => {
    const claims = claimsAgainstMaster(text, [input.resumeText, latexToPlain(sources)], job, newLinks(text, `${sources}\n${input.resumeText}`)).map((c) => c.text);
    return { text, claims, status: claims.length === 0 || input.acceptFlagged ? ('applied' as const) : ('flagged' as const) };
  });
  const { name, contact } = contactFromResume(input.resumeText);
  const recipient = [input.job.company, input.job.title && `Re: ${input.job.title}`].filter(Boolean).map((x) => escapeLatexText(x!)).join('\\\\\n');
  const tex = fillTemplate({
    name: escapeLatexText(name || 'Applicant'),
    contact: escapeLatexText(contact),
    recipient: recipient ? `${recipient}\\par` : '',
    greeting: escapeLatexText(data.greeting),
    body: paragraphs.filter((p) => p.status === 'applied').map((p) => escapeLatexText(p.text)).join('\n\n'),
    closing: escapeLatexText(data.closing),
  });
  const compiled = await deps.compiler.compile({ mainFile: 'cover-letter.tex', files: { 'cover-letter.tex': tex } });
  return { tex, pdf: compiled.pdf, compiled: compiled.ok, promptVersion: COVER_LETTER_PROMPT_VERSION, paragraphs, usage: result.usage, model: result.model };
}
