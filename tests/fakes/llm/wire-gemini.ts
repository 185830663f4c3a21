import { sseFrame } from './http-util.ts';
import type { ChatOutcome, Wire } from './wire.ts';

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE',
};
const finishReason = (out: ChatOutcome) => (out.finish === 'length' ? 'MAX_TOKENS' : out.finish === 'refusal' ? 'SAFETY' : 'STOP');

function response(out: ChatOutcome, text: string, final: boolean): unknown {
  return {
    candidates: [{ content: { parts: [{ text }], role: 'model' }, index: 0, ...(final ? { finishReason: finishReason(out) } : {}) }],
    usageMetadata: { promptTokenCount: out.inputTokens, candidatesTokenCount: out.outputTokens, totalTokenCount: out.inputTokens + out.outputTokens },
    modelVersion: out.model,
    responseId: out.id,
  };
}

/** Gemini API v1beta: `models/{m}:generateContent`, `:streamGenerateContent?alt=sse`, paged model list. */
export function geminiWire(): Wire {
  return {
    basePath: '',
    apiKeyOf: (req, url) => (typeof req.headers['x-goog-api-key'] === 'string' ? req.headers['x-goog-api-key'] : url.searchParams.get('key') ?? undefined),
    route(method, url) {
      if (method === 'GET' && url.pathname === '/v1beta/models') return { endpoint: 'models', stream: false };
      const m = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/.exec(url.pathname);
      if (method === 'POST' && m) {
        return { endpoint: 'chat', model: decodeURIComponent(m[1]), stream: m[2] === 'streamGenerateContent' && url.searchParams.get('alt') === 'sse' };
      }
      return undefined;
    },
    promptOf(body) {
      const texts: string[] = [];
      const collect = (content: unknown) => {
        for (const part of (content as { parts?: { text?: string }[] })?.parts ?? []) if (part.text) texts.push(part.text);
      };
      collect((body.systemInstruction ?? (body as { system_instruction?: unknown }).system_instruction) as unknown);
      for (const c of (body.contents as unknown[]) ?? []) collect(c);
      return texts.join('\n');
    },
    listModels(models, url) {
      const size = Number(url.searchParams.get('pageSize') ?? 50);
      const start = Number(url.searchParams.get('pageToken') ?? 0);
      const page = models.slice(start, start + size);
      return {
        models: page.map((id) => ({
          name: `models/${id}`, displayName: id, version: '001', inputTokenLimit: 1_048_576, outputTokenLimit: 65_536,
          supportedGenerationMethods: id.includes('embedding') ? ['embedContent'] : ['generateContent', 'countTokens'],
        })),
        ...(start + size < models.length ? { nextPageToken: String(start + size) } : {}),
      };
    },
    chatBody: (out) => response(out, out.text, true),
    streamFrames(out, deltas) {
      return deltas.map((d, i) => sseFrame(response(out, d, i === deltas.length - 1)).replace(/\n\n$/, '\r\n\r\n'));
    },
    error: (status, _type, message) => ({ error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' } }),
  };
}
