import { z } from 'zod';
import { LlmError, LlmOutputError, PROVIDER_NAMES } from './errors.ts';
import { parseJsonLenient } from './json-lenient.ts';
import type { ChatMessage, ChatRequest, ChatResult, LlmClient } from './types.ts';

export interface ChatJsonResult<T> {
  data: T;
  result: ChatResult;
}

/** JSON Schema for a zod schema, without the `$schema` key some providers reject. */
export function toProviderJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** Tells the model about the JSON shape too: some endpoints ignore `response_format` silently. */
function withJsonInstruction(messages: ChatMessage[], schema: Record<string, unknown>): ChatMessage[] {
  const instruction = `Reply with one JSON object and nothing else. It must match this JSON Schema:\n${JSON.stringify(schema)}`;
  return [{ role: 'system', content: instruction }, ...messages];
}

async function chatPreferringNative(client: LlmClient, request: ChatRequest, schema: Record<string, unknown>, name: string): Promise<ChatResult> {
  const messages = withJsonInstruction(request.messages, schema);
  try {
    return await client.chat({ ...request, messages, json: { schema, name } });
  } catch (err) {
    // A 400/422 here is usually "this model has no structured output" (older Claude, some
    // compatible servers): ask again in plain JSON mode and rely on parsing + validation.
    if (err instanceof LlmError && err.kind === 'provider' && (err.status === 400 || err.status === 422)) {
      return client.chat({ ...request, messages, json: {} });
    }
    throw err;
  }
}

/**
 * Asks for JSON matching `schema`: the provider's native structured output where it has one,
 * then a lenient parse (code fences, prose around the JSON) and zod validation either way.
 * Throws `truncated` / `refused` LlmErrors, or an {@link LlmOutputError} when the answer is
 * not valid JSON of the right shape.
 */
export async function chatJson<S extends z.ZodType>(
  client: LlmClient,
  request: ChatRequest,
  schema: S,
  name = 'answer',
): Promise<ChatJsonResult<z.infer<S>>> {
  const result = await chatPreferringNative(client, request, toProviderJsonSchema(schema), name);
  const who = PROVIDER_NAMES[client.provider];
  if (result.finishReason === 'length') {
    throw new LlmError('truncated', `The answer from ${who} was cut off at the output-token limit before the JSON was complete.`, { provider: client.provider });
  }
  if (result.finishReason === 'refusal') {
    throw new LlmError('refused', `${who} declined to answer this request.`, { provider: client.provider });
  }
  const parsed = parseJsonLenient(result.text);
  if (parsed === undefined) {
    throw new LlmOutputError(`The answer from ${who} contained no JSON.`, result.text, { provider: client.provider });
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new LlmOutputError(`The answer from ${who} did not have the expected shape${where}: ${issue?.message ?? 'invalid'}.`, result.text, {
      provider: client.provider,
      cause: checked.error,
    });
  }
  return { data: checked.data, result };
}
