import { sseFrame } from './http-util.ts';
import { bearer, messagesText, type ChatOutcome, type Wire } from './wire.ts';

const stopReason = (out: ChatOutcome) => (out.finish === 'length' ? 'max_tokens' : out.finish === 'refusal' ? 'refusal' : 'end_turn');

/** Anthropic Messages API, including its named SSE events. */
export function anthropicWire(): Wire {
  return {
    basePath: '',
    // SDK 1.x sends the key as a bearer token; older SDKs and curl use x-api-key.
    apiKeyOf: (req) => (typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : bearer(req)),
    route(method, url, body) {
      if (method === 'GET' && url.pathname === '/v1/models') return { endpoint: 'models', stream: false };
      if (method === 'POST' && url.pathname === '/v1/messages') return { endpoint: 'chat', model: String(body?.model ?? ''), stream: body?.stream === true };
      return undefined;
    },
    promptOf: (body) => [typeof body.system === 'string' ? body.system : '', messagesText(body.messages)].join('\n'),
    listModels(models, url) {
      // Cursor pagination with after_id/limit, as the SDK's auto-pager expects.
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const after = url.searchParams.get('after_id');
      const start = after ? models.indexOf(after) + 1 : 0;
      const page = models.slice(start, start + limit);
      return {
        data: page.map((id) => ({ type: 'model', id, display_name: id.replace(/-/g, ' '), created_at: '2025-05-14T00:00:00Z' })),
        has_more: start + limit < models.length,
        first_id: page[0] ?? null,
        last_id: page[page.length - 1] ?? null,
      };
    },
    chatBody(out) {
      return {
        id: out.id, type: 'message', role: 'assistant', model: out.model,
        content: [{ type: 'text', text: out.text }],
        stop_reason: stopReason(out), stop_sequence: null,
        usage: { input_tokens: out.inputTokens, output_tokens: out.outputTokens },
      };
    },
    streamFrames(out, deltas) {
      const frames = [
        sseFrame({ type: 'message_start', message: { id: out.id, type: 'message', role: 'assistant', model: out.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: out.inputTokens, output_tokens: 1 } } }, 'message_start'),
        sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, 'content_block_start'),
        sseFrame({ type: 'ping' }, 'ping'),
      ];
      for (const d of deltas) frames.push(sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: d } }, 'content_block_delta'));
      frames.push(
        sseFrame({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
        sseFrame({ type: 'message_delta', delta: { stop_reason: stopReason(out), stop_sequence: null }, usage: { output_tokens: out.outputTokens } }, 'message_delta'),
        sseFrame({ type: 'message_stop' }, 'message_stop'),
      );
      return frames;
    },
    error: (_status, type, message) => ({ type: 'error', error: { type, message } }),
  };
}
