import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real Chromium, real service worker: the extension extracts PDF text in its background.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ENTRY = fileURLToPath(new URL('./pdf-text.browser.ts', import.meta.url));
const SW = `import { extractPdfTextBrowser } from ${JSON.stringify(ENTRY)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('message', async (e) => {
  try { const r = await extractPdfTextBrowser(new Uint8Array(e.data)); e.source.postMessage({ ok: true, pages: r.pages }); }
  catch (err) { e.source.postMessage({ ok: false, error: String((err && err.stack) || err) }); }
});`;
const PAGE = `<!doctype html><script>
window.extract = async (bytes) => {
  const reg = await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
  const sw = reg.active;
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data), { once: true });
    sw.postMessage(new Uint8Array(bytes).buffer);
  });
};
</script>`;

let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  const bundle = await build({ stdin: { contents: SW, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' });
  const sw = bundle.outputFiles[0].text;
  server = createServer((req, res) => {
    if (req.url === '/sw.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(sw); return; }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!existsSync(CHROMIUM)) return;
  // No background traffic: only 127.0.0.1 is reached in tests.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}, 120_000);
afterAll(async () => { await browser?.close(); server?.close(); });

// Skipped only where Chromium is not installed (the house installs it at /usr/bin/chromium).
describe.skipIf(!existsSync(CHROMIUM))('extractPdfTextBrowser in a Chromium service worker', { timeout: 120_000 }, () => {
  it('reads the text of each page with pdf.js running in-thread', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Built Terraform modules for AWS', { x: 50, y: 700, font, size: 12 });
    doc.addPage().drawText('Kubernetes on page two', { x: 50, y: 700, font, size: 12 });
    const bytes = [...(await doc.save())];
    const page = await browser.newPage();
    await page.goto(origin);
    const result = await page.evaluate((b) => (window as unknown as { extract(b: number[]): Promise<{ ok: boolean; pages?: string[]; error?: string }> }).extract(b), bytes);
    expect(result.error).toBeUndefined();
    expect(result.pages).toHaveLength(2);
    expect(result.pages![0]).toContain('Built Terraform modules for AWS');
    expect(result.pages![1]).toContain('Kubernetes on page two');
  });
});
