import { browser } from 'wxt/browser';
import { createWorkerEngine, type WorkerEngine } from './worker-host';
import type { InitMessage, WorkerReply } from './worker-protocol';

export { DEFAULT_TIMEOUT_MS } from './worker-host';

export interface BrowserTexEngineOptions {
  /** Base URL of the engine files; default: the extension's `/tex/` (WXT copies public/). */
  assetsBase?: string;
}

/**
 * The pdfLaTeX engine for extension pages (side panel, offscreen document; not the MV3
 * service worker, which cannot start Workers). Compiles run in one dedicated Worker that
 * keeps the compiled WebAssembly module and fetched bundle chunks between compiles.
 */
export function createBrowserTexEngine(options: BrowserTexEngineOptions = {}): WorkerEngine {
  const assetsBase = options.assetsBase ?? browser.runtime.getURL('/tex/' as '/');
  return createWorkerEngine(() => {
    const w = new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module', name: 'bespoke-tex' });
    w.postMessage({ type: 'init', assetsBase } satisfies InitMessage);
    return {
      post: (msg) => w.postMessage(msg),
      listen(onReply, onCrash) {
        w.onmessage = (e: MessageEvent<WorkerReply>) => onReply(e.data);
        w.onerror = (e) => onCrash(new Error(e.message || 'worker error'));
      },
      terminate: () => w.terminate(),
    };
  });
}
