import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { toWireError } from '@/lib/messaging/handle';
import { createLlmClient } from './client.ts';
import type { ProviderId } from './types.ts';

const KEY = 'sk-key-safety-test-9f8e7d6c5b4a';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<{ url: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => { seen.push(req); handler(req, res); });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const PROVIDERS: [ProviderId, string][] = [['google', 'gemini-2.5-flash'], ['openai', 'gpt-4o-mini'], ['anthropic', 'claude-3-5-haiku-20241022'], ['mistral', 'mistral-small-latest']];
const fast = { retry: { maxRetries: 0 } };

describe('K3: a key never follows a redirect; plain HTTP only to this machine', () => {
  for (const [provider, model] of PROVIDERS) {
    it(`${provider}: a 307 to another origin is refused, the other origin sees nothing`, async () => {
      const elsewhere = await serve((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{}'); });
      const redirector = await serve((req, res) => { res.writeHead(307, { location: `${elsewhere.url}${req.url}` }); res.end(); });
      const base = provider === 'google' ? redirector.url : `${redirector.url}/v1`;
      const client = createLlmClient({ provider, apiKey: KEY, baseUrl: base, model }, fast);
      await expect(client.listModels()).rejects.toMatchObject({ kind: 'provider', message: expect.stringMatching(/redirect/) });
      await expect(client.chat({ messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ message: expect.stringMatching(/redirect/) });
      expect(redirector.seen.length).toBeGreaterThan(0);
      expect(elsewhere.seen).toHaveLength(0);
    });
  }

  it('refuses http:// for any host but localhost / 127.0.0.1', () => {
    expect(() => createLlmClient({ provider: 'custom', apiKey: KEY, baseUrl: 'http://models.example.com/v1', model: 'm' })).toThrow(/https/);
    expect(() => createLlmClient({ provider: 'openai', apiKey: KEY, baseUrl: 'http://10.0.0.5:8000/v1', model: 'm' })).toThrow(/https/);
    for (const ok of ['http://localhost:11434/v1', 'http://127.0.0.1:1234/v1', 'https://models.example.com/v1']) {
      expect(() => createLlmClient({ provider: 'custom', apiKey: '', baseUrl: ok, model: 'm' })).not.toThrow();
    }
  });
});

describe('K4: error causes are redacted before they can reach a page', () => {
  for (const [provider, model] of PROVIDERS) {
    it(`${provider}: the provider's body (echoing the key) is not in the error, its cause, or what a page receives`, async () => {
      const body = JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}. secret-body-marker`, type: 'invalid_request_error', code: 'x' } });
      const api = await serve((_req, res) => { res.writeHead(400, { 'content-type': 'application/json', 'x-echo-key': KEY }); res.end(body); });
      const base = provider === 'google' ? api.url : `${api.url}/v1`;
      const err = await createLlmClient({ provider, apiKey: KEY, baseUrl: base, model }, fast).chat({ messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e as Error & { cause?: Error });
      if (!err) throw new Error('the call should have failed');
      const dump = (e: unknown): string => JSON.stringify(e, Object.getOwnPropertyNames(e as object)) + (e instanceof Error && e.cause ? dump(e.cause) : '');
      expect(dump(err)).not.toContain(KEY);
      expect(Object.keys(err.cause ?? {}).filter((k) => k !== 'name')).toEqual([]); // no body, headers or request objects ride along
      const wire = toWireError(err);
      expect('cause' in wire).toBe(false);
      expect(dump(wire)).not.toContain(KEY);
    });
  }
});
