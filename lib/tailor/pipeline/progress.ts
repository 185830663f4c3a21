/** The stages of one tailoring run, in order, as the side panel shows them. */
export type TailorStage = 'cache' | 'segment' | 'analyse' | 'compile-master' | 'plan' | 'guard' | 'apply' | 'compile' | 'fit' | 'score' | 'record';

/** A progress event: a stage started, finished (with its time) or was skipped. */
export interface TailorProgress {
  stage: TailorStage;
  status: 'start' | 'done' | 'skipped';
  /** Milliseconds the stage took (on `done`). */
  ms?: number;
  /** A short human-readable note, e.g. "3 edits flagged" or "compile 2 of 4 (bisecting)". */
  message?: string;
}

export type TailorErrorCode = 'cancelled' | 'bad-input' | 'master-compile' | 'no-description' | 'llm' | 'pdf-text';

/** Why a run stopped, with a message for the user and the underlying cause. */
export class TailorError extends Error {
  override name = 'TailorError';
  constructor(readonly code: TailorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Throws `TailorError('cancelled')` when the run's signal has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TailorError('cancelled', 'The tailoring run was cancelled.', { cause: signal.reason });
}

/** Runs stages with progress events, per-stage timings and a cancellation check between them. */
export class StageRunner {
  readonly timings: Partial<Record<TailorStage, number>> = {};
  constructor(private readonly onProgress?: (e: TailorProgress) => void, private readonly signal?: AbortSignal) {}

  async run<T>(stage: TailorStage, fn: () => T | Promise<T>, message?: (value: T) => string | undefined): Promise<T> {
    throwIfCancelled(this.signal);
    this.onProgress?.({ stage, status: 'start' });
    const t0 = Date.now();
    const value = await fn();
    const ms = Date.now() - t0;
    this.timings[stage] = (this.timings[stage] ?? 0) + ms;
    throwIfCancelled(this.signal);
    this.onProgress?.({ stage, status: 'done', ms, message: message?.(value) });
    return value;
  }

  skip(stage: TailorStage, message: string): void {
    this.onProgress?.({ stage, status: 'skipped', message });
  }

  note(stage: TailorStage, message: string): void {
    this.onProgress?.({ stage, status: 'start', message });
  }
}
