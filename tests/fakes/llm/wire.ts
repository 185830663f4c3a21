import type { IncomingMessage } from 'node:http';

/** What the fake decided to answer; each wire module renders it in its provider's format. */
export interface ChatOutcome {
  id: string;
  model: string;
  text: string;
  finish: 'stop' | 'length' | 'refusal';
  inputTokens: number;
  outputTokens: number;
}

export interface Route {
  endpoint: 'chat' | 'models';
  model?: string;
  stream: boolean;
}

/** One provider's HTTP protocol, as its SDK speaks it. */
export interface Wire {
  /** Path prefix the SDK's base URL carries (`/v1` for OpenAI) — the fake's baseUrl adds it. */
  basePath: string;
  apiKeyOf(req: IncomingMessage, url: URL): string | undefined;
  route(method: string, url: URL, body: Record<string, unknown> | undefined): Route | undefined;
  promptOf(body: Record<string, unknown>): string;
  listModels(models: string[], url: URL): unknown;
  chatBody(out: ChatOutcome): unknown;
  streamFrames(out: ChatOutcome, deltas: string[]): string[];
  /** The provider's error envelope. */
  error(status: number, type: string, message: string): unknown;
}

/** Concatenates the text of OpenAI/Mistral/Anthropic-style messages (string or parts). */
export function messagesText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  return messages
    .map((m: { content?: unknown }) =>
      typeof m.content === 'string'
        ? m.content
        : Array.isArray(m.content)
          ? m.content.map((c: { text?: string }) => c.text ?? '').join('')
          : '',
    )
    .join('\n');
}

export function bearer(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
}
