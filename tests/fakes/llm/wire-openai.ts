import { sseFrame } from './http-util.ts';
import { bearer, messagesText, type ChatOutcome, type Wire } from './wire.ts';

const created = 1_750_000_000;

function usage(out: ChatOutcome) {
  return { prompt_tokens: out.inputTokens, completion_tokens: out.outputTokens, total_tokens: out.inputTokens + out.outputTokens };
}

/** OpenAI Chat Completions (also what `custom` endpoints speak). Mistral reuses most of it. */
export function openAiWire(flavour: 'openai' | 'mistral' = 'openai'): Wire {
  const finishOf = (out: ChatOutcome) =>
    out.finish === 'length' ? 'length' : out.finish === 'refusal' && flavour === 'openai' ? 'content_filter' : 'stop';
  return {
    // OpenAI's base URL includes /v1; Mistral's SDK adds it to the host root itself.
    basePath: flavour === 'openai' ? '/v1' : '',
    apiKeyOf: (req) => bearer(req),
    route(method, url, body) {
      if (method === 'GET' && url.pathname === '/v1/models') return { endpoint: 'models', stream: false };
      if (method === 'POST' && url.pathname === '/v1/chat/completions') {
        return { endpoint: 'chat', model: String(body?.model ?? ''), stream: body?.stream === true };
      }
      return undefined;
    },
    promptOf: (body) => messagesText(body.messages),
    listModels(models) {
      if (flavour === 'openai') return { object: 'list', data: models.map((id) => ({ id, object: 'model', created, owned_by: 'system' })) };
      return {
        object: 'list',
        data: models.map((id) => ({
          id, object: 'model', created, owned_by: 'mistralai', type: 'base', name: id, max_context_length: 32768,
          capabilities: { completion_chat: true, function_calling: true, completion_fim: false, fine_tuning: false, vision: false },
        })),
      };
    },
    chatBody(out) {
      const refusal = out.finish === 'refusal' && flavour === 'openai' ? out.text : null;
      return {
        id: out.id, object: 'chat.completion', created, model: out.model,
        choices: [{ index: 0, message: { role: 'assistant', content: refusal ? null : out.text, ...(flavour === 'openai' ? { refusal } : {}) }, finish_reason: finishOf(out) }],
        usage: usage(out),
      };
    },
    streamFrames(out, deltas) {
      const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
        sseFrame({ id: out.id, object: 'chat.completion.chunk', created, model: out.model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra });
      const key = out.finish === 'refusal' && flavour === 'openai' ? 'refusal' : 'content';
      const frames = [chunk({ role: 'assistant', content: '' }, null)];
      for (const d of deltas) frames.push(chunk({ [key]: d }, null));
      if (flavour === 'mistral') {
        // Mistral puts usage on the chunk that carries the finish reason.
        frames.push(chunk({ content: '' }, finishOf(out), { usage: usage(out) }));
      } else {
        frames.push(chunk({}, finishOf(out)));
        // Sent because the SDK asks with stream_options.include_usage.
        frames.push(sseFrame({ id: out.id, object: 'chat.completion.chunk', created, model: out.model, choices: [], usage: usage(out) }));
      }
      frames.push(sseFrame('[DONE]'));
      return frames;
    },
    error(status, type, message) {
      if (flavour === 'mistral') return { object: 'error', message, type, param: null, code: String(status) };
      return { error: { message, type, param: null, code: type } };
    },
  };
}
