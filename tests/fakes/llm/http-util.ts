import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 5 * 1024 * 1024;

/** Reads and JSON-parses a request body; `undefined` for empty or non-JSON bodies. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large for the fake provider');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    // Real providers answer 400 to this; the caller does so when body is undefined for a POST.
    void err;
    return undefined;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function startSse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

/** One SSE frame; `event` only for protocols that name events (Anthropic). */
export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`;
}

/** Splits the reply into streamed deltas. */
export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}

/** Deterministic stand-in for a tokenizer: about four characters a token. */
export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/**
 * Writes `frames` and then drops the TCP connection after the first `keep` of them, the way a
 * proxy or a flaky network cuts a stream. The short pause lets the client read what was sent.
 */
export function writeThenCut(res: ServerResponse, frames: string[], keep: number): void {
  res.write(frames.slice(0, keep).join(''), () => {
    setTimeout(() => res.socket?.destroy(), 30);
  });
}
