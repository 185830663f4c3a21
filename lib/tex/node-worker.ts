// worker_threads entry of the Node engine: compiles requests posted by lib/tex/node.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadNodeAssets } from './node-assets';
import { createCompileHandler } from './worker-core';
import type { CompileMessage } from './worker-protocol';

const { assetsDir } = workerData as { assetsDir: string };
const handle = createCompileHandler(() => loadNodeAssets(assetsDir));

parentPort!.on('message', (msg: CompileMessage) => {
  void handle(msg).then((reply) => parentPort!.postMessage(reply));
});
