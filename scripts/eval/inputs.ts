/**
 * Node-side inputs of a tailoring run, shared by `bespoke tailor` and `npm run eval`: the
 * posting from a saved page or a text file, and an LLM client for a provider.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLlmClient } from '../../lib/llm/index.ts';
import type { LlmClient, ProviderId } from '../../lib/llm/types.ts';
import { extractJob, inferPageUrl } from '../../lib/jobs/index.ts';
import { parsePage } from '../../lib/jobs/node-dom.ts';
import type { TailorJob } from '../../lib/tailor/index.ts';

const MAX_JOB_BYTES = 25 * 1024 * 1024;

/** A posting file that cannot be used; the message says why. */
export class JobInputError extends Error {
  override name = 'JobInputError';
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); }
}

/** Default model per provider (the cheap, capable tier). */
export const DEFAULT_MODELS: Record<ProviderId, string | null> = {
  openai: 'gpt-4o-mini', anthropic: 'claude-sonnet-4-20250514', google: 'gemini-2.5-flash', mistral: 'mistral-small-latest', custom: null,
};

/** Reads a posting: `.html`/`.htm` through the job extractor, anything else as plain text. */
export function loadJob(path: string, url?: string | null): TailorJob & { warnings: string[] } {
  let size: number;
  try { size = statSync(path).size; } catch (cause) { throw new JobInputError(`Cannot read the posting ${path}.`, { cause }); }
  if (size > MAX_JOB_BYTES) throw new JobInputError(`${path} is over 25 MB; refused.`);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new JobInputError(`${path} is a binary file, not a posting.`);
  const text = bytes.toString('utf8');
  if (/\.html?$/i.test(path)) {
    const doc = parsePage(text, 'linkedom');
    const pageUrl = url ?? inferPageUrl(doc) ?? pathToFileURL(resolve(path)).href;
    const job = extractJob(doc, pageUrl);
    if (!job.description) throw new JobInputError(`No job description found in ${path}${job.descriptionProblem ? ` (${job.descriptionProblem})` : ''}; save the description as a .txt file instead.`);
    return { title: job.title, company: job.company, url: pageUrl, description: job.description, warnings: job.warnings };
  }
  if (!text.trim()) throw new JobInputError(`${path} is empty.`);
  // A short first line without a full stop is the posting's title ("Senior Backend Engineer").
  const first = text.trim().split('\n')[0].trim();
  const title = first.length <= 80 && !/[.!?:]$/.test(first) ? first : null;
  return { title, company: null, url: url ?? null, description: title ? text.trim().slice(first.length).trim() : text, warnings: [] };
}

/** An LLM client for the chosen provider; the key comes from the caller (never logged). */
export function llmFor(provider: ProviderId, opts: { apiKey: string; model?: string | null; baseUrl?: string | null }): { client: LlmClient; model: string } {
  const model = opts.model ?? DEFAULT_MODELS[provider];
  if (!model) throw new JobInputError(`--model is required for the ${provider} provider.`);
  return { client: createLlmClient({ provider, apiKey: opts.apiKey, model, baseUrl: opts.baseUrl ?? undefined }), model };
}
