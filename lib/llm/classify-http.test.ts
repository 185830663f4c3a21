import { describe, expect, it } from 'vitest';
import { classifyHttpFailure } from './classify-http.ts';
import { parseRetryAfter } from './traced-fetch.ts';

describe('classifyHttpFailure', () => {
  it('reads a 404 on the models endpoint as a wrong base URL, not a missing model', () => {
    const err = classifyHttpFailure({ provider: 'custom', operation: 'models', status: 404, body: 'Not Found' });
    expect(err.kind).toBe('provider');
    expect(err.message).toMatch(/base URL/);
  });
  it('redacts keys that a provider echoes back', () => {
    const err = classifyHttpFailure({
      provider: 'openai', operation: 'chat', status: 403, model: 'gpt-4o',
      body: JSON.stringify({ error: { message: 'Key sk-proj-ABCDEFGHIJKLMNOP has no access' } }),
      apiKey: 'sk-proj-ABCDEFGHIJKLMNOP',
    });
    expect(err.kind).toBe('no-access');
    expect(err.message).not.toContain('ABCDEFGHIJKLMNOP');
  });
  it('shows the text of an HTML error page without the markup', () => {
    const err = classifyHttpFailure({ provider: 'mistral', operation: 'chat', status: 502, body: '<html><h1>502 Bad Gateway</h1></html>' });
    expect(err).toMatchObject({ kind: 'provider', retryable: true });
    expect(err.message).toContain('502 Bad Gateway');
    expect(err.message).not.toContain('<h1>');
  });
  it('does not retry other 4xx answers', () => {
    expect(classifyHttpFailure({ provider: 'anthropic', operation: 'chat', status: 400, body: '{}' }).retryable).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }), now)).toBe(10_000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});
