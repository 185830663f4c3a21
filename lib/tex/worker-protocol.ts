import type { CompileRequest, CompileResult } from './types';

/** Host → worker: compile one project. */
export interface CompileMessage {
  type: 'compile';
  id: number;
  request: CompileRequest;
}

/** Host → browser worker, first message: where the engine files are served from. */
export interface InitMessage {
  type: 'init';
  /** Base URL ending in `/` holding pdftex.mjs, pdftex.wasm, pdflatex.fmt.zst and bundle/. */
  assetsBase: string;
}

/** Worker → host: the result, or a failure of the engine itself (assets, crash). */
export type WorkerReply =
  | { type: 'result'; id: number; result: CompileResult }
  /** A line TeX printed while compiling `id`: if the compile runs out of time, these are all it leaves. */
  | { type: 'terminal'; id: number; line: string }
  | { type: 'failure'; id: number; name: string; message: string };
