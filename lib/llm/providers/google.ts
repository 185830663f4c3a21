import { GoogleGenAI, type GenerateContentParameters, type GenerateContentResponse } from '@google/genai';
import type { ChatRequest, ChatResult } from '../types.ts';
import { splitSystem, tidyModels, IncompleteAnswerError, type ChatCallContext, type ProviderFactory } from './provider.ts';

const REFUSALS = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY']);

function finish(reason: string | undefined, blocked: boolean): ChatResult['finishReason'] {
  if (blocked || (reason && REFUSALS.has(reason))) return 'refusal';
  if (reason === 'STOP') return 'stop';
  if (reason === 'MAX_TOKENS') return 'length';
  return 'other';
}

/** Text of one response, skipping "thought" parts (reading `.text` would warn on mixed parts). */
function textOf(res: GenerateContentResponse): string {
  const parts = res.candidates?.[0]?.content?.parts ?? [];
  return parts.filter((p) => typeof p.text === 'string' && !p.thought).map((p) => p.text).join('');
}

/** Gemini API (not Vertex). The base URL is the host root; the SDK adds `/v1beta/...`. */
export const createGoogleCalls: ProviderFactory = (config, fetch) => {
  // No `retryOptions`: the SDK then makes exactly one attempt, and ours are the only retries.
  const ai = new GoogleGenAI({ apiKey: config.apiKey, httpOptions: { ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}), fetch } });

  function params(request: ChatRequest, signal: AbortSignal): GenerateContentParameters {
    const { system, rest } = splitSystem(request.messages);
    return {
      model: config.model,
      contents: rest.map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: m.content }] })),
      config: {
        abortSignal: signal,
        ...(system ? { systemInstruction: system } : {}),
        ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
        ...(request.maxOutputTokens !== undefined ? { maxOutputTokens: request.maxOutputTokens } : {}),
        ...(request.json ? { responseMimeType: 'application/json' } : {}),
        ...(request.json?.schema ? { responseJsonSchema: request.json.schema } : {}),
      },
    };
  }

  function summarise(last: GenerateContentResponse | undefined, text: string): ChatResult {
    return {
      text,
      model: last?.modelVersion || config.model,
      usage: {
        inputTokens: last?.usageMetadata?.promptTokenCount ?? 0,
        outputTokens: (last?.usageMetadata?.candidatesTokenCount ?? 0) + (last?.usageMetadata?.thoughtsTokenCount ?? 0),
      },
      finishReason: finish(last?.candidates?.[0]?.finishReason, Boolean(last?.promptFeedback?.blockReason)),
    };
  }

  async function chatOnce(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const res = await ai.models.generateContent(params(request, ctx.signal));
    return summarise(res, textOf(res));
  }

  async function chatStream(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const stream = await ai.models.generateContentStream(params(request, ctx.signal));
    let text = '';
    let last: GenerateContentResponse | undefined;
    let reason: string | undefined;
    for await (const chunk of stream) {
      const delta = textOf(chunk);
      if (delta) {
        text += delta;
        ctx.emit(delta);
      }
      reason = chunk.candidates?.[0]?.finishReason ?? reason;
      last = chunk;
    }
    if (!reason) throw new IncompleteAnswerError();
    const result = summarise(last, text);
    return reason && !last?.candidates?.[0]?.finishReason ? { ...result, finishReason: finish(reason, false) } : result;
  }

  return {
    async listModels(signal) {
      const models: { id: string; label?: string }[] = [];
      const pager = await ai.models.list({ config: { pageSize: 100, abortSignal: signal } });
      for await (const m of pager) {
        // Embedding and image models are listed too; only text generators can tailor a resume.
        if (m.supportedActions && !m.supportedActions.includes('generateContent')) continue;
        if (m.name) models.push({ id: m.name.replace(/^models\//, ''), label: m.displayName });
        if (models.length >= 1000) break;
      }
      return tidyModels(models);
    },
    chat: (request, ctx) => (request.stream === false ? chatOnce(request, ctx) : chatStream(request, ctx)),
  };
};
