import OpenAI from 'openai';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import type { ChatRequest, ChatResult } from '../types.ts';
import { SDK_TIMEOUT_MS, tidyModels, IncompleteAnswerError, type ChatCallContext, type ProviderFactory } from './provider.ts';

function finish(reason: string | null | undefined, refusal: boolean): ChatResult['finishReason'] {
  if (refusal || reason === 'content_filter') return 'refusal';
  if (reason === 'stop') return 'stop';
  if (reason === 'length') return 'length';
  return 'other';
}

/**
 * OpenAI and every OpenAI-compatible endpoint (`custom`: Ollama, LM Studio, OpenRouter, vLLM,
 * proxies). The base URL keeps the SDK's meaning: it includes `/v1`.
 */
export const createOpenAiCalls: ProviderFactory = (config, fetch) => {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl || undefined,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    // The key belongs to the user and stays in the background worker, the only caller.
    dangerouslyAllowBrowser: true,
    // The SDK would otherwise log unparseable chunks, i.e. model output, to the console.
    logLevel: 'off',
    fetch,
  });
  const isCustom = config.provider === 'custom';

  function params(request: ChatRequest): ChatCompletionCreateParamsBase {
    const max = request.maxOutputTokens;
    const json = request.json;
    return {
      model: config.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
      // OpenAI's newer models only accept max_completion_tokens; many compatible servers only max_tokens.
      ...(max !== undefined ? (isCustom ? { max_tokens: max } : { max_completion_tokens: max }) : {}),
      ...(json
        ? {
            response_format: json.schema
              ? { type: 'json_schema', json_schema: { name: json.name ?? 'answer', schema: json.schema, strict: false } }
              : { type: 'json_object' },
          }
        : {}),
    };
  }

  async function chatOnce(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const res = await client.chat.completions.create({ ...params(request), stream: false }, { signal: ctx.signal });
    const choice = res.choices[0];
    const text = choice?.message?.content ?? '';
    return {
      text,
      model: res.model || config.model,
      usage: { inputTokens: res.usage?.prompt_tokens ?? 0, outputTokens: res.usage?.completion_tokens ?? 0 },
      finishReason: finish(choice?.finish_reason, Boolean(choice?.message?.refusal)),
    };
  }

  async function chatStream(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const stream = await client.chat.completions.create(
      { ...params(request), stream: true, stream_options: { include_usage: true } },
      { signal: ctx.signal },
    );
    let text = '';
    let model = config.model;
    let reason: string | null | undefined;
    let refusal = false;
    const usage = { inputTokens: 0, outputTokens: 0 };
    for await (const chunk of stream) {
      if (chunk.model) model = chunk.model;
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        ctx.emit(delta);
      }
      if (choice?.delta?.refusal) refusal = true;
      if (choice?.finish_reason) reason = choice.finish_reason;
      if (chunk.usage) {
        usage.inputTokens = chunk.usage.prompt_tokens ?? 0;
        usage.outputTokens = chunk.usage.completion_tokens ?? 0;
      }
    }
    // Some compatible servers omit finish_reason; for OpenAI itself its absence means a cut stream.
    if (!reason && (!isCustom || !text)) throw new IncompleteAnswerError();
    return { text, model, usage, finishReason: finish(reason, refusal) };
  }

  return {
    async listModels(signal) {
      const page = await client.models.list({ signal });
      return tidyModels(page.data.map((m) => ({ id: m.id })));
    },
    chat: (request, ctx) => (request.stream === false ? chatOnce(request, ctx) : chatStream(request, ctx)),
  };
};
