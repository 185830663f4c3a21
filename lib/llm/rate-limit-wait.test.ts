import { describe, expect, it } from 'vitest';
import { parseDuration, resetHeadersWait, retryDelayInBody } from './rate-limit-wait.ts';

describe('rate-limit waits each provider states its own way', () => {
  it('reads OpenAI durations', () => {
    expect(parseDuration('6m0s')).toBe(360_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('20ms')).toBe(20);
    expect(parseDuration('1h2m')).toBe(3_720_000);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('5 s')).toBeUndefined();
  });

  it('takes the longest of the reset headers (OpenAI requests vs tokens)', () => {
    expect(resetHeadersWait(new Headers({ 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-reset-tokens': '6m0s' }))).toBe(360_000);
  });

  it('reads Anthropic reset times relative to now', () => {
    const now = Date.parse('2026-11-27T16:00:00Z');
    expect(resetHeadersWait(new Headers({ 'anthropic-ratelimit-tokens-reset': '2026-11-27T16:01:30Z' }), now)).toBe(90_000);
    expect(resetHeadersWait(new Headers({ 'anthropic-ratelimit-requests-reset': '2026-11-27T15:59:00Z' }), now)).toBe(0);
  });

  it('reads Gemini RetryInfo from the error body', () => {
    const body = JSON.stringify({ error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '42s' }] } });
    expect(retryDelayInBody(body)).toBe(42_000);
    expect(retryDelayInBody('{"error":{"code":429}}')).toBeUndefined();
  });

  it('says nothing when there is nothing to read', () => {
    expect(resetHeadersWait(new Headers({ 'x-ratelimit-reset-requests': 'later' }))).toBeUndefined();
    expect(resetHeadersWait(new Headers())).toBeUndefined();
  });
});
