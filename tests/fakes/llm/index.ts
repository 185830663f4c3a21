/**
 * Fake LLM provider servers on 127.0.0.1 that speak each provider's real wire protocol, so the
 * official SDKs run unmodified against them. Plain Node (no vitest): usable from unit tests,
 * the CLI and Playwright.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { faultAnswer, isHttpFault } from './faults.ts';
import { countTokens, pieces, readJsonBody, sendJson, startSse, writeThenCut } from './http-util.ts';
import type { FakeFault, FakeProvider, FakeProviderId, FakeProviderOptions, FaultOptions, RecordedRequest } from './types.ts';
import type { ChatOutcome, Route, Wire } from './wire.ts';
import { anthropicWire } from './wire-anthropic.ts';
import { geminiWire } from './wire-gemini.ts';
import { openAiWire } from './wire-openai.ts';

export type * from './types.ts';

/** Models each fake lists by default (real ids, so price lookups work in tests). */
export const DEFAULT_FAKE_MODELS: Record<FakeProviderId, string[]> = {
  openai: ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'],
  custom: ['llama3.1:8b', 'qwen2.5:7b'],
  anthropic: ['claude-sonnet-4-20250514', 'claude-3-5-haiku-20241022'],
  google: ['gemini-2.5-flash', 'gemini-2.5-pro', 'text-embedding-004'],
  mistral: ['mistral-small-latest', 'mistral-large-latest'],
};

function wireFor(provider: FakeProviderId): Wire {
  if (provider === 'anthropic') return anthropicWire();
  if (provider === 'google') return geminiWire();
  if (provider === 'mistral') return openAiWire('mistral');
  return openAiWire('openai');
}

/** Starts a fake `provider` API. Close it when done; hanging requests are dropped on close. */
export async function startFakeProvider(provider: FakeProviderId, options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const wire = wireFor(provider);
  const models = options.models ?? DEFAULT_FAKE_MODELS[provider];
  const chunkSize = options.chunkSize ?? 8;
  let reply = options.reply ?? `Hello from the fake ${provider} server.`;
  let replyDelayMs = options.replyDelayMs ?? 0;
  let fault: { name: FakeFault; left: number; on: 'chat' | 'models' | 'all'; retryAfter: number; signal: 'retry-after' | 'provider' } | null = null;
  const requests: RecordedRequest[] = [];
  let counter = 0;

  function takeFault(endpoint: 'chat' | 'models'): FakeFault | undefined {
    if (!fault || fault.left <= 0 || (fault.on !== 'all' && fault.on !== endpoint)) return undefined;
    fault.left -= 1;
    return fault.name;
  }

  function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
    sendJson(res, status, wire.error(status, type, message), headers);
  }

  /** A 429 as each provider sends it without `retry-after` (see FaultOptions.retryAfterSignal). */
  function sendProviderRateLimit(res: ServerResponse, a: { status: number; type: string; message: string }, seconds: number): void {
    if (provider === 'google') {
      const body = wire.error(a.status, a.type, a.message) as { error: Record<string, unknown> };
      body.error.details = [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${seconds}s` }];
      return sendJson(res, a.status, body);
    }
    const headers: Record<string, string> = provider === 'anthropic'
      ? { 'anthropic-ratelimit-requests-reset': new Date(Date.now() + seconds * 1000).toISOString() }
      : { 'x-ratelimit-reset-requests': `${Math.floor(seconds / 60)}m${seconds % 60}s`, 'x-ratelimit-reset-tokens': '1s' };
    sendError(res, a.status, a.type, a.message, headers);
  }

  function answerChat(res: ServerResponse, route: Route, body: Record<string, unknown>, applied: FakeFault | undefined): void {
    const prompt = wire.promptOf(body);
    let text = typeof reply === 'function' ? reply({ model: route.model ?? '', prompt, body }) : reply;
    let finish: ChatOutcome['finish'] = 'stop';
    if (applied === 'truncated') {
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      finish = 'length';
    } else if (applied === 'refusal') {
      text = "I'm sorry, but I can't help with that.";
      finish = 'refusal';
    }
    const out: ChatOutcome = { id: `fake-${provider}-${++counter}`, model: route.model ?? '', text, finish, inputTokens: countTokens(prompt), outputTokens: countTokens(text) };
    if (!route.stream) {
      if (applied === 'cut-mid-stream') {
        const json = JSON.stringify(wire.chatBody(out));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json)) });
        writeThenCut(res, [json.slice(0, Math.floor(json.length / 2))], 1);
        return;
      }
      sendJson(res, 200, wire.chatBody(out));
      return;
    }
    const frames = wire.streamFrames(out, pieces(text, chunkSize));
    startSse(res);
    if (applied === 'cut-mid-stream') return writeThenCut(res, frames, Math.max(2, Math.floor(frames.length / 2)));
    res.end(frames.join(''));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
    const route = wire.route(req.method ?? 'GET', url, body);
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers,
      body, apiKey: wire.apiKeyOf(req, url), endpoint: route?.endpoint ?? 'unknown', stream: route?.stream ?? false,
    };
    requests.push(record);
    if (!route) return sendError(res, 404, 'not_found', `No route for ${req.method} ${url.pathname}`);
    const applied = takeFault(route.endpoint);
    record.fault = applied;
    const model = route.model ?? '';

    if (applied === 'hang') return; // never answered; close() drops the socket
    if (applied === 'non-json') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Welcome to nginx!</h1></body></html>');
      return;
    }
    if (applied === 'garbled-json') {
      res.writeHead(200, { 'content-type': route.stream ? 'text/event-stream' : 'application/json' });
      // Anthropic's parser only reads named events; Gemini's only unnamed ones.
      const event = provider === 'google' ? '' : 'event: message_start\n';
      res.end(route.stream ? `${event}data: {"id": "x", "choices": [{"delta": \n\n` : 'upstream connect error or disconnect/reset before headers');
      return;
    }
    if (applied && isHttpFault(applied)) {
      const a = faultAnswer(provider, applied, model);
      if (applied === 'rate-limited' && fault?.signal === 'provider') return sendProviderRateLimit(res, a, fault.retryAfter);
      const headers: Record<string, string> = applied === 'rate-limited' ? { 'retry-after': String(fault?.retryAfter ?? 1) } : {};
      return sendError(res, a.status, a.type, a.message, headers);
    }
    if (options.apiKey !== undefined && record.apiKey !== options.apiKey) {
      const a = faultAnswer(provider, 'unauthorized', model);
      return sendError(res, a.status, a.type, a.message);
    }
    if (route.endpoint === 'models') return sendJson(res, 200, wire.listModels(models, url));
    if (!body) return sendError(res, 400, 'invalid_request_error', 'The request body is not valid JSON.');
    if (!models.includes(model)) {
      const a = faultAnswer(provider, 'model-not-found', model);
      return sendError(res, a.status, a.type, a.message);
    }
    if (options.rejectJsonSchema && /"(json_schema|output_config|responseJsonSchema)"/.test(JSON.stringify(body))) {
      return sendError(res, 400, 'invalid_request_error', 'This model does not support structured output (json schema).');
    }
    // A slow model: the answer comes, but late (a run that outlasts an idle timeout).
    if (replyDelayMs > 0) await new Promise((r) => setTimeout(r, replyDelayMs));
    answerChat(res, route, body, applied);
  }

  const server = createServer((req, res) => {
    // The extension's service worker calls these from an extension origin: answer CORS like the
    // real APIs do. Preflights are not recorded, so request counts match what the SDK sent.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'fake_server_error', err instanceof Error ? err.message : String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    provider,
    origin,
    baseUrl: origin + wire.basePath,
    requests,
    setFault(name, opts: FaultOptions = {}) {
      fault = name ? { name, left: opts.times ?? Number.POSITIVE_INFINITY, on: opts.on ?? 'all', retryAfter: opts.retryAfterSeconds ?? 1, signal: opts.retryAfterSignal ?? 'retry-after' } : null;
    },
    setReply(next) {
      reply = next ?? `Hello from the fake ${provider} server.`;
    },
    setReplyDelay(ms) {
      replyDelayMs = ms;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
