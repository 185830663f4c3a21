/** Base class of TeX engine failures; `message` is written for the person using Bespoke. */
export class TexEngineError extends Error {
  override name = 'TexEngineError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The engine's own files (wasm, format, bundle) are missing, damaged or unreadable. */
export class TexAssetError extends TexEngineError {
  override name = 'TexAssetError';
}

/** A compile ran past its time limit and its worker was stopped. */
export class TexTimeoutError extends TexEngineError {
  override name = 'TexTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(
      `The LaTeX compile took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. ` +
        'The document may loop forever (for example a macro that calls itself).',
    );
  }
}

/** The caller's request cannot be compiled as given (no main file, bad path, too large). */
export class TexRequestError extends TexEngineError {
  override name = 'TexRequestError';
}
