import { compileJob } from './compile-job';
import { compileReusingPreamble, PreambleFormats } from './preamble-format';
import type { EngineAssets } from './run-pass';
import type { CompileMessage, WorkerReply } from './worker-protocol';

/**
 * The worker side of an engine (Node worker_threads or a browser Worker): loads the assets
 * once (compiled WebAssembly.Module, format, bundle index), then compiles each request.
 */
export function createCompileHandler(loadAssets: () => Promise<EngineAssets>) {
  let assets: Promise<EngineAssets> | null = null;
  const preambles = new PreambleFormats();
  // Work left after a reply (making a preamble's format): done once the reply is posted (a task
  // later), and finished before the next compile starts.
  let background: Promise<void> = Promise.resolve();
  const later = (work: () => Promise<void>): void => {
    background = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(work);
  };
  return async function handle(msg: CompileMessage, onTerminal?: (line: string) => void): Promise<WorkerReply> {
    try {
      await background;
      assets ??= loadAssets();
      const result = await compileReusingPreamble(await assets, msg.request, preambles,
        (withAssets, request, env) => compileJob(withAssets, request, { onTerminal, env }), later);
      return { type: 'result', id: msg.id, result };
    } catch (err) {
      // A failed asset load is retried on the next request instead of being cached.
      if (err instanceof Error && err.name === 'TexAssetError') assets = null;
      const e = err instanceof Error ? err : new Error(String(err));
      return { type: 'failure', id: msg.id, name: e.name, message: e.message };
    }
  };
}
