import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest, ChatResult } from '../types.ts';
import { DEFAULT_MAX_OUTPUT_TOKENS, SDK_TIMEOUT_MS, splitSystem, tidyModels, IncompleteAnswerError, type ChatCallContext, type ProviderFactory } from './provider.ts';

function finish(reason: string | null | undefined): ChatResult['finishReason'] {
  if (reason === 'end_turn' || reason === 'stop_sequence') return 'stop';
  if (reason === 'max_tokens' || reason === 'model_context_window_exceeded') return 'length';
  if (reason === 'refusal') return 'refusal';
  return 'other';
}

/** Claude 3 (2024) models cap output at 4,096 tokens and reject a larger `max_tokens`. */
function defaultMaxTokens(model: string): number {
  return /^claude-3-(?:opus|sonnet|haiku)-2024/.test(model) ? 4096 : DEFAULT_MAX_OUTPUT_TOKENS;
}

/** Anthropic's Messages API. The base URL is the host root (the SDK adds `/v1/...`). */
export const createAnthropicCalls: ProviderFactory = (config, fetch) => {
  const client = new Anthropic({
    apiKey: config.apiKey,
    baseURL: config.baseUrl || undefined,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    dangerouslyAllowBrowser: true,
    logLevel: 'off',
    fetch,
  });

  function params(request: ChatRequest): MessageCreateParamsBase {
    const { system, rest } = splitSystem(request.messages);
    return {
      model: config.model,
      max_tokens: request.maxOutputTokens ?? defaultMaxTokens(config.model),
      messages: rest.map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content })),
      ...(system ? { system } : {}),
      ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
      ...(request.json?.schema ? { output_config: { format: { type: 'json_schema', schema: request.json.schema } } } : {}),
    };
  }

  async function chatOnce(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const msg = await client.messages.create({ ...params(request), stream: false }, { signal: ctx.signal });
    const text = msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    return {
      text,
      model: msg.model || config.model,
      usage: { inputTokens: msg.usage.input_tokens, outputTokens: msg.usage.output_tokens },
      finishReason: finish(msg.stop_reason),
    };
  }

  async function chatStream(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const stream = await client.messages.create({ ...params(request), stream: true }, { signal: ctx.signal });
    let text = '';
    let model = config.model;
    let reason: string | null | undefined;
    const usage = { inputTokens: 0, outputTokens: 0 };
    for await (const event of stream) {
      if (event.type === 'message_start') {
        model = event.message.model || model;
        usage.inputTokens = event.message.usage.input_tokens;
        usage.outputTokens = event.message.usage.output_tokens;
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        text += event.delta.text;
        ctx.emit(event.delta.text);
      } else if (event.type === 'message_delta') {
        reason = event.delta.stop_reason ?? reason;
        usage.outputTokens = event.usage.output_tokens;
        if (event.usage.input_tokens != null) usage.inputTokens = event.usage.input_tokens;
      }
    }
    if (!reason) throw new IncompleteAnswerError();
    return { text, model, usage, finishReason: finish(reason) };
  }

  return {
    async listModels(signal) {
      const ids: { id: string; label?: string }[] = [];
      // Auto-pagination follows `has_more`/`last_id`; a cap keeps a misbehaving server from looping.
      for await (const m of client.models.list({ limit: 100 }, { signal })) {
        ids.push({ id: m.id, label: m.display_name });
        if (ids.length >= 1000) break;
      }
      return tidyModels(ids);
    },
    chat: (request, ctx) => (request.stream === false ? chatOnce(request, ctx) : chatStream(request, ctx)),
  };
};
