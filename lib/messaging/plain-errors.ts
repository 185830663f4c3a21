/** The background went away while a page waited for its answer (the browser stopped the service worker). */
export class BackgroundStoppedError extends Error {
  override name = 'BackgroundStoppedError';
}

/** What Chrome and Firefox say when the other end of a message is gone; never meant for people. */
const GONE = [
  /message channel closed before a response was received/i,
  /Receiving end does not exist/i,
  /Could not establish connection/i,
  /message manager disconnected/i,
  /Extension context invalidated/i,
];

/**
 * Replaces the browser's messaging jargon ("A listener indicated an asynchronous response by
 * returning true, but the message channel closed…") with what happened, in plain words.
 * Other errors pass through unchanged.
 */
export function inPlainWords(err: unknown): unknown {
  const text = err instanceof Error ? err.message : String(err);
  if (!GONE.some((p) => p.test(text))) return err;
  return new BackgroundStoppedError(
    'Bespoke\'s background stopped before it answered (the browser can stop it at any time, for example after an update). Nothing was saved from this step; try again.',
    { cause: err },
  );
}
