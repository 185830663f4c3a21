// worker_threads entry of the Node engine: compiles requests posted by lib/tex/node.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadNodeAssets } from './node-assets';
import { createCompileHandler } from './worker-core';
import type { CompileMessage, WorkerReply } from './worker-protocol';

const { assetsDir } = workerData as { assetsDir: string };
const handle = createCompileHandler(() => loadNodeAssets(assetsDir));

parentPort!.on('message', (msg: CompileMessage) => {
  const onTerminal = (line: string): void => parentPort!.postMessage({ type: 'terminal', id: msg.id, line } satisfies WorkerReply);
  void handle(msg, onTerminal).then((reply) => parentPort!.postMessage(reply));
});
