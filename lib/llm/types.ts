/** The providers Bespoke talks to. `custom` is any OpenAI-compatible endpoint. */
export type ProviderId = 'openai' | 'anthropic' | 'google' | 'mistral' | 'custom';

/** How to reach one provider with the user's key. Never persisted with the key in sync storage. */
export interface ProviderConfig {
  provider: ProviderId;
  apiKey: string;
  /** Overrides the SDK's base URL, with the SDK's own meaning (OpenAI's includes `/v1`). */
  baseUrl?: string;
  model: string;
  temperature?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Ask for a JSON object; with a JSON schema, the provider's native structured output is used. */
  json?: { schema?: Record<string, unknown>; name?: string };
  maxOutputTokens?: number;
  signal?: AbortSignal;
  /** Called with each streamed text delta. */
  onDelta?: (text: string) => void;
  /**
   * Stream the answer (default `true`). Streaming lets the first-byte time limit be short;
   * with `false` the provider sends nothing until the whole answer is ready.
   */
  stream?: boolean;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ChatResult {
  text: string;
  model: string;
  usage: TokenUsage;
  /** Why the model stopped, normalised: `stop`, `length` (truncated), `refusal`, `other`. */
  finishReason: 'stop' | 'length' | 'refusal' | 'other';
}

export interface ModelInfo {
  id: string;
  label?: string;
}

/** One interface over every provider SDK. */
export interface LlmClient {
  readonly provider: ProviderId;
  listModels(signal?: AbortSignal): Promise<ModelInfo[]>;
  chat(request: ChatRequest): Promise<ChatResult>;
}
