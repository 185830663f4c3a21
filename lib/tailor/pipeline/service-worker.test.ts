import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '@/tests/fakes/llm/index';
import { createTailorTexEngine } from '../node/tex-engine';
import { loadPosting, loadRecordedResponse } from '../testing/fixtures';
import { JAKE, loadCorpusResume } from '../testing/corpus';

// The whole pipeline bundled for the browser and run inside a real Chromium service worker:
// WebCrypto hashing, the official OpenAI SDK against the fake server, pdf.js for the score.
// Compiles go over HTTP to real pdfTeX on the test host (a service worker cannot start
// the WASM engine's Worker; in the extension an offscreen document or page does that).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = (p: string) => JSON.stringify(fileURLToPath(new URL(p, import.meta.url)));
const SW = `import { runTailor } from ${here('../index.ts')};
import { extractPdfTextBrowser } from ${here('../score/pdf-text.browser.ts')};
import { createLlmClient } from '@/lib/llm';
const compiler = { async compile(req) {
  const files = Object.fromEntries(Object.entries(req.files).map(([k, v]) => [k, typeof v === 'string' ? { t: v } : { b: Array.from(v) }]));
  const r = await (await fetch('/compile', { method: 'POST', body: JSON.stringify({ mainFile: req.mainFile, files }) })).json();
  return { ...r, pdf: r.pdf ? new Uint8Array(r.pdf) : null };
} };
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('message', async (e) => {
  const { input, llm } = e.data;
  const events = [];
  try {
    const client = llm ? createLlmClient({ provider: 'openai', apiKey: 'sk-sw', baseUrl: self.location.origin + '/llm/v1', model: 'gpt-4o-mini' }, { retry: { maxRetries: 0 } }) : undefined;
    const r = await runTailor(input, { compiler, pdfText: extractPdfTextBrowser, llm: client && { client, provider: 'openai', model: 'gpt-4o-mini' }, onProgress: (p) => events.push(p.stage + ':' + p.status) });
    e.source.postMessage({ ok: true, run: r.run, events, pdfBytes: r.pdf ? r.pdf.length : 0 });
  } catch (err) { e.source.postMessage({ ok: false, error: String((err && err.stack) || err) }); }
});`;
const PAGE = `<!doctype html><script>
window.tailor = async (data) => {
  const reg = await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data), { once: true });
    reg.active.postMessage(data);
  });
};
</script>`;

let server: Server;
let browser: BrowserContext;
let fake: FakeProvider;
let origin = '';

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const { compiler } = await createTailorTexEngine();
  fake = await startFakeProvider('openai', { reply: loadRecordedResponse('jake-resume__backend-python')! });
  const bundle = await build({ stdin: { contents: SW, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent', tsconfig: 'tsconfig.json' });
  const sw = bundle.outputFiles[0].text;
  server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/sw.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(sw); return; }
    if (req.url === '/compile') {
      const { mainFile, files } = JSON.parse((await body(req)).toString('utf8'));
      const decoded = Object.fromEntries(Object.entries(files as Record<string, { t?: string; b?: number[] }>).map(([k, v]) => [k, v.t ?? new Uint8Array(v.b!)]));
      const r = await compiler.compile({ mainFile, files: decoded });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...r, pdf: r.pdf ? Array.from(r.pdf) : null }));
      return;
    }
    if (req.url?.startsWith('/llm/')) {
      // Same-origin pass-through to the fake OpenAI server (it speaks the real wire protocol).
      const payload = await body(req);
      const up = request(`${fake.origin}${req.url.slice(4)}`, { method: req.method, headers: { ...req.headers, host: new URL(fake.origin).host } }, (r) => { res.writeHead(r.statusCode ?? 500, r.headers); r.pipe(res); });
      up.end(payload);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A persistent profile: service-worker storage is refused in a throw-away incognito context here.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bespoke-sw-')), { headless: true, executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}, 180_000);
afterAll(async () => { await browser?.close(); server?.close(); await fake?.close(); });

function jakeInput() {
  const project = loadCorpusResume(JAKE);
  return { project: { mainFile: project.mainFile, files: { [project.mainFile]: project.files[project.mainFile] as string } }, job: loadPosting('backend-python'), settings: { strength: 'keywords' } };
}

// Skipped only where Chromium is not installed (the house installs it at /usr/bin/chromium).
describe.skipIf(!existsSync(CHROMIUM))('runTailor inside a Chromium service worker', { timeout: 180_000 }, () => {
  it('structured LLM mode: same statuses and score rise as in Node', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    const out = await page.evaluate((data) => (window as unknown as { tailor(d: unknown): Promise<{ ok: boolean; error?: string; run: { edits: { segmentId: string; status: string }[]; scoreBefore: { score: number }; scoreAfter: { score: number }; compiled: boolean; tokens: { input: number } }; events: string[]; pdfBytes: number }> }).tailor(data), { input: jakeInput(), llm: true });
    expect(out.error).toBeUndefined();
    const status = Object.fromEntries(out.run.edits.map((e) => [e.segmentId, e.status]));
    expect(status).toMatchObject({ b1: 'applied', b3: 'flagged', b16: 'rejected', b21: 'rejected' });
    expect(out.run.compiled).toBe(true);
    expect(out.run.scoreAfter.score).toBeGreaterThan(out.run.scoreBefore.score);
    expect(out.run.tokens.input).toBeGreaterThan(0);
    expect(out.events).toContain('score:done');
    expect(out.pdfBytes).toBeGreaterThan(1000);
    expect(fake.requests.some((r) => r.apiKey === 'sk-sw')).toBe(true);
  });
});
