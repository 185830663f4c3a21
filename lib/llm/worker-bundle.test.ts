import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FAKE_MODELS, startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import type * as Llm from './index.ts';
import { PROVIDERS, TEST_KEY } from './test-helpers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let bundled: typeof Llm;

/**
 * The background is one classic script in an MV3 service worker: no Node globals, no import().
 * This bundles lib/llm for the browser and runs it in a bare V8 context that has only the Web
 * APIs a service worker has, proving no SDK reaches for `process`, `require` or `window`.
 */
beforeAll(async () => {
  const out = await build({
    entryPoints: [join(root, 'lib/llm/index.ts')],
    bundle: true, write: false, format: 'iife', globalName: 'BespokeLlm', platform: 'browser',
    conditions: ['browser', 'import'], target: 'chrome120', logLevel: 'silent',
  });
  const g = globalThis;
  const workerGlobals = {
    fetch: g.fetch, Request: g.Request, Response: g.Response, Headers: g.Headers, FormData: g.FormData, Blob: g.Blob, File: g.File,
    AbortController: g.AbortController, AbortSignal: g.AbortSignal, DOMException: g.DOMException, Event: g.Event, EventTarget: g.EventTarget,
    ReadableStream: g.ReadableStream, TransformStream: g.TransformStream, WritableStream: g.WritableStream, TextEncoder: g.TextEncoder,
    TextDecoder: g.TextDecoder, TextDecoderStream: g.TextDecoderStream, URL: g.URL, URLSearchParams: g.URLSearchParams, crypto: g.crypto,
    setTimeout: g.setTimeout, clearTimeout: g.clearTimeout, setInterval: g.setInterval, clearInterval: g.clearInterval, queueMicrotask: g.queueMicrotask,
    console: g.console, navigator: { userAgent: 'Mozilla/5.0 Chrome/131.0 ServiceWorker' }, atob: g.atob, btoa: g.btoa, structuredClone: g.structuredClone,
  };
  const context = createContext({ ...workerGlobals });
  runInContext('globalThis.self = globalThis;', context);
  // The point of the exercise: none of Node's globals exist in there.
  expect(runInContext('[typeof process, typeof require, typeof window, typeof Buffer].join()', context)).toBe('undefined,undefined,undefined,undefined');
  runInContext(out.outputFiles[0].text, context);
  bundled = (context as unknown as { BespokeLlm: typeof Llm }).BespokeLlm;
}, 60_000);

let fakes: FakeProvider[] = [];
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

describe.each(PROVIDERS)('bundled %s client in a service-worker-like context', (provider) => {
  it('lists models, streams a reply and maps a fault', async () => {
    const fake = await startFakeProvider(provider, { apiKey: TEST_KEY, reply: 'from the worker bundle' });
    fakes.push(fake);
    const client = bundled.createLlmClient(
      { provider, apiKey: TEST_KEY, baseUrl: fake.baseUrl, model: DEFAULT_FAKE_MODELS[provider][0] },
      { retry: { maxRetries: 0 } },
    );
    expect((await client.listModels()).length).toBeGreaterThan(0);
    const deltas: string[] = [];
    const result = await client.chat({ messages: [{ role: 'user', content: 'hi' }], onDelta: (d) => deltas.push(d) });
    expect(result.text).toBe('from the worker bundle');
    expect(deltas.length).toBeGreaterThan(1);
    fake.setFault('unauthorized');
    const err = await client.chat({ messages: [{ role: 'user', content: 'hi' }] }).then(
      () => ({ kind: 'no error' }),
      (e: { kind?: string }) => e,
    );
    expect(err.kind).toBe('bad-key');
  });
});
