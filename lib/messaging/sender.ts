/** The parts of `runtime.MessageSender` the access check needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Classifies the sender of a runtime message.
 *
 * An extension page is our own id *and* a URL under our own origin: a content script is our id
 * too, but its URL is the web page's. Anything with another id is foreign (not expected at all,
 * since we expose no `externally_connectable`).
 */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  const url = sender.url ?? '';
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  if (url.startsWith(origin)) return 'extension-page';
  return sender.tab ? 'content-script' : 'foreign';
}

/** Whether a sender of this kind may send a message that needs `required` access. */
export function isAllowed(kind: SenderKind, required: 'content-script' | 'extension-page' | undefined): boolean {
  if (!required || kind === 'foreign') return false;
  if (required === 'content-script') return true;
  return kind === 'extension-page';
}
