import type { IncomingHttpHeaders } from 'node:http';

export type FakeProviderId = 'openai' | 'anthropic' | 'google' | 'mistral' | 'custom';

/** Faults a fake server can inject, each mirroring what the real provider sends. */
export type FakeFault =
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'model-not-found' // 404
  | 'rate-limited' // 429 with retry-after
  | 'quota' // the provider's "out of credit" answer
  | 'context-too-long' // the provider's "prompt too long" 400
  | 'server-error' // 500
  | 'unavailable' // 503
  | 'hang' // accepts the request, never answers
  | 'cut-mid-stream' // sends part of the answer, then drops the connection
  | 'non-json' // 200 with an HTML page (a proxy or login wall)
  | 'garbled-json' // 200, content-type JSON, body not JSON
  | 'truncated' // answer stops at the token limit
  | 'refusal'; // the model declines

export interface FaultOptions {
  /** How many requests get the fault before the server behaves again (default: all). */
  times?: number;
  /** Which endpoints get it (default: both). */
  on?: 'chat' | 'models' | 'all';
  /** `retry-after` in seconds for `rate-limited` (default 1). */
  retryAfterSeconds?: number;
  /**
   * How a `rate-limited` answer says when to come back: the standard `retry-after` header
   * (default), or only the provider's own way — OpenAI's `x-ratelimit-reset-requests` duration
   * (also Mistral and compatible servers), Anthropic's `anthropic-ratelimit-requests-reset`
   * time, Gemini's `RetryInfo.retryDelay` in the error body.
   */
  retryAfterSignal?: 'retry-after' | 'provider';
}

export interface FakeChatInput {
  model: string;
  /** All message text, in order, for replies that depend on the prompt. */
  prompt: string;
  body: Record<string, unknown>;
}

export interface FakeProviderOptions {
  /** When set, any other key gets a 401 like the real API. */
  apiKey?: string;
  /** Model ids the server lists and accepts (others get the provider's 404). */
  models?: string[];
  /** The assistant's answer; a function can answer from the request. */
  reply?: string | ((input: FakeChatInput) => string);
  /** Characters per streamed delta (default 8). */
  chunkSize?: number;
  /** Answer 400 to requests asking for a JSON schema, like models without structured output. */
  rejectJsonSchema?: boolean;
  /** Chat answers wait this long before they are sent (a slow model). */
  replyDelayMs?: number;
  /** Port to listen on (default: any free port). */
  port?: number;
}

/** One request as the fake server saw it; tests assert on these (count, headers, body). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown> | undefined;
  /** The credential the SDK sent, read from the provider's own header. */
  apiKey: string | undefined;
  endpoint: 'chat' | 'models' | 'unknown';
  stream: boolean;
  fault?: FakeFault;
}

export interface FakeProvider {
  provider: FakeProviderId;
  /** Base URL with each SDK's meaning: `/v1` included for OpenAI/custom, host root otherwise. */
  baseUrl: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  requests: RecordedRequest[];
  setFault(fault: FakeFault | null, options?: FaultOptions): void;
  setReply(reply: FakeProviderOptions['reply']): void;
  /** Chat answers from now on wait `ms` (0: at once). */
  setReplyDelay(ms: number): void;
  close(): Promise<void>;
}
