import { browser } from 'wxt/browser';
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { MESSAGE_ACCESS, onMessage, type MessageType, type ProtocolMap } from './protocol';
import { classifySender, isAllowed, type SenderInfo } from './sender';

/** Refusal sent back to a sender that may not use a message. */
export class MessageAccessError extends Error {
  override name = 'MessageAccessError';
}

export interface HandlerContext {
  sender: SenderInfo;
  /** The tab of a content-script sender. */
  tabId?: number;
}

/**
 * Registers the background's handler for one message type, behind the sender check declared
 * in `MESSAGE_ACCESS`. Handlers run synchronously up to their first `await`, which matters
 * for APIs that need the user's gesture (opening the side panel).
 */
export function handle<T extends MessageType>(
  type: T,
  handler: (data: GetDataType<ProtocolMap[T]>, context: HandlerContext) => GetReturnType<ProtocolMap[T]> | Promise<GetReturnType<ProtocolMap[T]>>,
): () => void {
  return onMessage(type, (message) => {
    const sender = message.sender as SenderInfo;
    const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!isAllowed(kind, MESSAGE_ACCESS[type])) {
      throw new MessageAccessError(`"${String(type)}" is not available to this sender (${kind}).`);
    }
    try {
      const result = handler(message.data, { sender, tabId: sender.tab?.id });
      return result instanceof Promise ? result.catch((err: unknown) => { throw toWireError(err); }) : result;
    } catch (err) {
      throw toWireError(err);
    }
  });
}

/**
 * The error a page receives: name, message and the typed error's plain fields (`kind`,
 * `status`, `retryable`…). The messaging library would otherwise serialise the whole `cause`
 * chain and every property — an SDK error's response body and headers among them.
 */
export function toWireError(err: unknown): Error {
  const source = err instanceof Error ? err : new Error(String(err));
  const wire = new Error(source.message) as Error & Record<string, unknown>;
  wire.name = source.name;
  for (const [key, value] of Object.entries(source)) {
    if (key !== 'cause' && key !== 'stack' && ['string', 'number', 'boolean'].includes(typeof value)) wire[key] = value;
  }
  return wire;
}
