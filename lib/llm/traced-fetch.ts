import { resetHeadersWait, retryDelayInBody } from './rate-limit-wait.ts';

/**
 * One `fetch` per attempt, handed to the SDK. It gives every provider the same view of the
 * wire: the HTTP status, `retry-after`, the error body and the first-byte time limit — things
 * the four SDKs expose in four different shapes (or not at all, e.g. Gemini's headers).
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What one attempt saw on the wire; read by the error classifier. */
export interface AttemptState {
  status?: number;
  retryAfterMs?: number;
  errorBody?: string;
  /** `fetch` itself rejected (DNS, refused, reset before headers). */
  networkError?: unknown;
  firstByteTimedOut: boolean;
  /** A 2xx answer that is a web page (a proxy, a login wall, a wrong base URL), not an API reply. */
  unreadableContentType?: string;
  /** The request was answered with a redirect, which is never followed (it would carry the key). */
  redirectedTo?: string;
}

/** Reads `retry-after-ms` (OpenAI-style) or `retry-after` (seconds or an HTTP date). */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const MAX_ERROR_BODY = 16_000;

/** Builds the fetch for one attempt: records what happened in `state`, aborts if no headers in time. */
export function createTracedFetch(state: AttemptState, firstByteMs: number, base: FetchLike = fetch): FetchLike {
  return async (input, init) => {
    const firstByte = new AbortController();
    const signals = [firstByte.signal];
    if (init?.signal) signals.push(init.signal);
    if (input instanceof Request) signals.push(input.signal);
    const timer = setTimeout(() => {
      state.firstByteTimedOut = true;
      firstByte.abort(new DOMException('No response in time', 'TimeoutError'));
    }, firstByteMs);
    try {
      // Never follow a redirect: fetch would repeat the request, key header included, to
      // wherever the answer points (Gemini's x-goog-api-key followed a 307 to another host).
      const res = await base(input, { ...init, redirect: 'manual', signal: AbortSignal.any(signals) });
      if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
        const location = res.headers.get('location');
        const from = input instanceof Request ? input.url : String(input);
        state.redirectedTo = location && URL.canParse(location, from) ? new URL(location, from).origin : 'another address';
        await res.body?.cancel();
        throw new TypeError('Redirect not followed');
      }
      state.status = res.status;
      state.retryAfterMs = parseRetryAfter(res.headers);
      if (res.ok) {
        const type = res.headers.get('content-type') ?? '';
        // Streaming parsers would read an HTML page as "no events" and report an empty answer.
        if (/text\/html|application\/xhtml/i.test(type)) {
          state.unreadableContentType = type.split(';')[0];
          await res.body?.cancel();
          throw new TypeError(`Unexpected content-type ${state.unreadableContentType}`);
        }
        return res;
      }
      // Read error bodies here so classification never depends on how each SDK surfaces them;
      // the SDK gets an identical copy to produce its own error.
      const text = await res.text();
      state.errorBody = text.slice(0, MAX_ERROR_BODY);
      // Without retry-after a 429 still says when to come back, each provider in its own place.
      if (res.status === 429 && state.retryAfterMs === undefined) state.retryAfterMs = resetHeadersWait(res.headers) ?? retryDelayInBody(text);
      return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (err) {
      if (state.status === undefined && !state.unreadableContentType && !state.redirectedTo) state.networkError = err;
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };
}
