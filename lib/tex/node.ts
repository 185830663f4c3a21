import { Worker } from 'node:worker_threads';
import { DEFAULT_ASSETS_DIR } from './node-assets';
import { createWorkerEngine, type WorkerEngine } from './worker-host';
import type { WorkerReply } from './worker-protocol';

export { DEFAULT_TIMEOUT_MS } from './worker-host';

export interface NodeTexEngineOptions {
  /** Folder holding pdftex.mjs, pdftex.wasm, pdflatex.fmt.zst and bundle/ (default: public/tex). */
  assetsDir?: string;
}

/**
 * The pdfLaTeX engine for Node (CLI, tests, benchmarks): one `worker_threads` worker that
 * keeps the compiled WebAssembly module and the bundle cache between compiles. The worker
 * does not keep the process alive; call `close()` to stop it early.
 */
export function createNodeTexEngine(options: NodeTexEngineOptions = {}): WorkerEngine {
  const assetsDir = options.assetsDir ?? DEFAULT_ASSETS_DIR;
  return createWorkerEngine(() => {
    // The worker is TypeScript: its .mjs boot file registers tsx first, as the CLI does.
    const w = new Worker(new URL('./node-worker-boot.mjs', import.meta.url), { workerData: { assetsDir } });
    w.unref();
    return {
      post: (msg) => w.postMessage(msg),
      listen(onReply, onCrash) {
        w.on('message', (reply: WorkerReply) => onReply(reply));
        w.on('error', onCrash);
        w.on('exit', (code) => onCrash(new Error(`worker exited with code ${code}`)));
      },
      terminate: () => void w.terminate(),
    };
  });
}
