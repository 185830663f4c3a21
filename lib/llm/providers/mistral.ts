import { Mistral } from '@mistralai/mistralai';
import { HTTPClient } from '@mistralai/mistralai/lib/http.js';
import type { BaseModelCard, ChatCompletionRequest, FTModelCard } from '@mistralai/mistralai/models/components';
import type { ChatRequest, ChatResult } from '../types.ts';
import { SDK_TIMEOUT_MS, tidyModels, IncompleteAnswerError, type ChatCallContext, type ProviderFactory } from './provider.ts';

function finish(reason: string | null | undefined): ChatResult['finishReason'] {
  if (reason === 'stop') return 'stop';
  if (reason === 'length' || reason === 'model_length') return 'length';
  return 'other';
}

/** Mistral's content may be a string or a list of chunks; only text chunks count here. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((c: { type?: string; text?: string }) => (c.type === 'text' && c.text ? c.text : '')).join('');
}

/** Mistral's chat API. The base URL is the host root (the SDK adds `/v1/...`). */
export const createMistralCalls: ProviderFactory = (config, fetch) => {
  const client = new Mistral({
    apiKey: config.apiKey,
    ...(config.baseUrl ? { serverURL: config.baseUrl } : {}),
    retryConfig: { strategy: 'none' },
    timeoutMs: SDK_TIMEOUT_MS,
    httpClient: new HTTPClient({ fetcher: (input, init) => fetch(input, init) }),
  });

  function params(request: ChatRequest): ChatCompletionRequest {
    const json = request.json;
    return {
      model: config.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
      ...(request.maxOutputTokens !== undefined ? { maxTokens: request.maxOutputTokens } : {}),
      ...(json
        ? {
            responseFormat: json.schema
              ? { type: 'json_schema', jsonSchema: { name: json.name ?? 'answer', schemaDefinition: json.schema, strict: false } }
              : { type: 'json_object' },
          }
        : {}),
    } as ChatCompletionRequest;
  }

  async function chatOnce(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const res = await client.chat.complete(params(request), { signal: ctx.signal });
    const choice = res.choices[0];
    return {
      text: textOf(choice?.message?.content),
      model: res.model || config.model,
      usage: { inputTokens: res.usage.promptTokens ?? 0, outputTokens: res.usage.completionTokens ?? 0 },
      finishReason: finish(choice?.finishReason),
    };
  }

  async function chatStream(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const stream = await client.chat.stream(params(request), { signal: ctx.signal });
    let text = '';
    let model = config.model;
    let reason: string | null | undefined;
    const usage = { inputTokens: 0, outputTokens: 0 };
    for await (const event of stream) {
      const chunk = event.data;
      if (chunk.model) model = chunk.model;
      const choice = chunk.choices[0];
      const delta = textOf(choice?.delta?.content);
      if (delta) {
        text += delta;
        ctx.emit(delta);
      }
      if (choice?.finishReason) reason = choice.finishReason;
      if (chunk.usage) {
        usage.inputTokens = chunk.usage.promptTokens ?? 0;
        usage.outputTokens = chunk.usage.completionTokens ?? 0;
      }
    }
    if (!reason) throw new IncompleteAnswerError();
    return { text, model, usage, finishReason: finish(reason) };
  }

  return {
    async listModels(signal) {
      const list = await client.models.list({}, { signal });
      // Embedding, OCR and moderation models share the list; only chat models can tailor.
      const cards = (list.data ?? []).filter((m): m is BaseModelCard | FTModelCard => 'id' in m);
      const chat = cards.filter((m) => m.capabilities?.completionChat !== false);
      return tidyModels(chat.map((m) => ({ id: m.id, label: m.name ?? undefined })));
    },
    chat: (request, ctx) => (request.stream === false ? chatOnce(request, ctx) : chatStream(request, ctx)),
  };
};
