import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractedJob } from '@/lib/jobs/types';

/**
 * The one message protocol of the extension. Every message between the content scripts,
 * the extension pages and the background is declared here, with its payload and reply.
 *
 * No logger is configured on purpose: @webext-core/messaging would otherwise print every
 * payload, and payloads can hold resume text or API keys.
 */

/** What a capture attempt produced, as shown by the popup and side panel. */
export type CaptureOutcome =
  | { status: 'captured'; jobId: string; job: ExtractedJob }
  | { status: 'nothing-found'; job: ExtractedJob; reason: string }
  | { status: 'failed'; reason: string };

export interface ProtocolMap {
  // ---- from content scripts (low risk: a page can trigger these) ----------------------------
  /** The on-page "Tailor resume" button was clicked: store the posting, open the side panel. */
  'job:captured'(data: { job: ExtractedJob }): CaptureOutcome;

  // ---- from extension pages only ----------------------------------------------------------
  /** Capture the posting in a tab on demand (toolbar click: activeTab + scripting). */
  'job:capture-tab'(data: { tabId: number; preferSelection?: boolean }): CaptureOutcome;
  /** Open the side panel (Chrome) or sidebar (Firefox) for a tab. */
  'panel:open'(data: { tabId: number }): void;
}

export type MessageType = keyof ProtocolMap;

/**
 * Who may send each message. Content scripts run inside job pages, so anything they may ask for
 * must be harmless if a hostile page forged it; everything touching keys, settings or other
 * tabs is for extension pages only. A type missing here is refused (fail closed).
 */
export const MESSAGE_ACCESS: Record<MessageType, 'content-script' | 'extension-page'> = {
  'job:captured': 'content-script',
  'job:capture-tab': 'extension-page',
  'panel:open': 'extension-page',
};

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
