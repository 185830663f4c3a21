import { TexEngineError, TexTimeoutError } from './errors';
import { parseTexLog } from './log-parser';
import type { CompileRequest, CompileResult, TexCompiler } from './types';
import type { CompileMessage, WorkerReply } from './worker-protocol';

/** What the host needs from a worker, whatever the platform. */
export interface WorkerLike {
  post(msg: CompileMessage): void;
  /** Registers the single reply / crash listener. */
  listen(onReply: (reply: WorkerReply) => void, onCrash: (err: Error) => void): void;
  terminate(): void;
}

/** Default wall-clock limit of a compile (all passes). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Terminal lines kept of a compile in flight: what a timeout reports. */
const TERMINAL_TAIL_LINES = 200;

/**
 * What a compile stopped for running out of time leaves: TeX's last terminal lines as its log,
 * and, when TeX reported an error before it stopped, that error and any file it did not find.
 * (LaTeX's tagging code, missing its .csv rules, looped after saying so.)
 */
export function timedOutResult(timeoutMs: number, terminal: string[], ms: number): CompileResult {
  const said = [...terminal].reverse().find((l) => /^!|Error:/.test(l))?.trim();
  const log = terminal.join('\n');
  const message = new TexTimeoutError(timeoutMs).message + (said ? ` Before it stopped, TeX reported: ${said.slice(0, 300)}` : '');
  return {
    ok: false, pdf: null, pages: 0, log, missingFiles: parseTexLog(log, log).missingFiles, warnings: [],
    errors: [{ file: null, line: null, message }], ms,
  };
}

export interface WorkerEngine extends TexCompiler {
  /** Stops the worker; a later compile starts a new one. */
  close(): void;
}

/**
 * Runs compiles one at a time in a worker; a compile past its time limit terminates the
 * worker (the only way to stop a TeX loop) and resolves with a timeout error.
 */
export function createWorkerEngine(spawn: () => WorkerLike): WorkerEngine {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let pending: { id: number; terminal: string[]; settle: (r: CompileResult | Error) => void } | null = null;

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.listen(
      (reply) => {
        if (worker !== w || !pending || reply.id !== pending.id) return;
        if (reply.type === 'terminal') {
          pending.terminal.push(reply.line);
          if (pending.terminal.length > TERMINAL_TAIL_LINES) pending.terminal.shift();
          return;
        }
        const p = pending;
        pending = null;
        if (reply.type === 'result') p.settle(reply.result);
        else p.settle(new TexEngineError(`The TeX engine failed: ${reply.message}`));
      },
      (err) => {
        // A terminated (timed-out) worker's late exit must not touch its successor.
        if (worker !== w) return;
        worker = null;
        const p = pending;
        pending = null;
        p?.settle(new TexEngineError(`The TeX engine worker crashed: ${err.message}`, { cause: err }));
      },
    );
    worker = w;
    return w;
  };

  const runOne = (request: CompileRequest, signal?: AbortSignal): Promise<CompileResult> =>
    new Promise<CompileResult>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new DOMException('The compile was cancelled.', 'AbortError'));
        return;
      }
      const started = Date.now();
      const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const id = nextId++;
      const timer = setTimeout(() => {
        if (pending?.id !== id) return;
        const { terminal } = pending;
        pending = null;
        worker?.terminate();
        worker = null;
        resolve(timedOutResult(timeoutMs, terminal, Date.now() - started));
      }, timeoutMs);
      // Cancel stops TeX at once: terminating the worker is the only way to interrupt it.
      const onAbort = (): void => {
        if (pending?.id !== id) return;
        pending = null;
        clearTimeout(timer);
        worker?.terminate();
        worker = null;
        reject(new DOMException('The compile was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending = {
        id,
        terminal: [],
        settle: (r) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (r instanceof Error) reject(r);
          else resolve(r);
        },
      };
      ensureWorker().post({ type: 'compile', id, request });
    });

  return {
    compile(request, options) {
      const run = queue.then(() => runOne(request, options?.signal));
      queue = run.catch(() => undefined);
      return run;
    },
    close() {
      worker?.terminate();
      worker = null;
      const p = pending;
      pending = null;
      p?.settle(new TexEngineError('The TeX engine was closed during a compile.'));
    },
  };
}
