import { defineExtensionMessaging } from '@webext-core/messaging';
import { inPlainWords } from './plain-errors';
import type { ExtractedJob } from '@/lib/jobs/types';
import type { ModelInfo, PriceTable } from '@/lib/llm/index';
import type { ChatMessage, ChatResult, ProviderId } from '@/lib/llm/types';
import type { ConnectionSummary, PriceOverrides } from '@/lib/settings/settings-api';
import type { ProfileSummary, ProviderDraft, VaultStatus } from '@/lib/settings/schema';

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

/** What a tailoring run hosted outside the panel needs: ids of stored records and the choices. */
export interface RunStartRequest {
  resumeId: string;
  jobId: string;
  useModel: boolean;
  settings: {
    strength: 'light' | 'keywords' | 'full';
    pages?: number;
    acceptFlagged?: string[];
    rejectEdits?: string[];
    /** Sentences the person confirmed for this master ("This is true"). */
    confirmedFacts?: string[];
    /** Fix the tailored PDF's text layer (default on). */
    pdfFixes?: boolean;
  };
  /** A finished run whose plan is reused (re-compile after the review: no model call). */
  previousRunId?: string;
}

export interface ProtocolMap {
  // ---- from content scripts (low risk: a page can trigger these) ----------------------------
  /** The on-page "Tailor resume" button was clicked: store the posting, open the side panel. */
  'job:captured'(data: { job: ExtractedJob }): CaptureOutcome;

  // ---- from extension pages only ----------------------------------------------------------
  /** Capture the posting in a tab on demand (toolbar click: activeTab + scripting). */
  'job:capture-tab'(data: { tabId: number; preferSelection?: boolean }): CaptureOutcome;
  /** Open the side panel (Chrome) or sidebar (Firefox) for a tab. */
  'panel:open'(data: { tabId: number }): void;

  // ---- tailoring runs hosted outside the panel (Chrome's offscreen document, Firefox's event page)
  /** Make sure the run host exists; `hosted: false` where the browser has none (the panel runs it). */
  'run:host'(): { hosted: boolean };
  /** Start a run in the host; answers once it is recorded (the panel follows it in the database). */
  'run:start'(data: RunStartRequest): { runId: string };
  /** Cancel a run the host is driving. */
  'run:cancel'(data: { runId: string }): void;
  /** A panel opened: the host starts its TeX engine and compiles the default master into the memo. */
  'run:warm-up'(): void;

  // ---- LLM provider settings: extension pages only (they touch keys) ------------------------
  'llm:profiles:list'(): ProfileSummary[];
  'llm:models:list'(draft: ProviderDraft): ModelInfo[];
  'llm:connection:test'(draft: ProviderDraft): ConnectionSummary;
  'llm:profile:save'(draft: ProviderDraft): ProfileSummary;
  'llm:profile:delete'(data: { id: string }): void;
  'llm:profile:set-default'(data: { id: string }): void;
  'llm:vault:status'(): VaultStatus;
  'llm:vault:set-passphrase'(data: { passphrase: string }): void;
  'llm:vault:unlock'(data: { passphrase: string }): void;
  'llm:vault:lock'(): void;
  'llm:vault:remove-passphrase'(data: { passphrase: string }): void;
  'llm:prices:get'(): PriceTable;
  'llm:prices:get-overrides'(): PriceOverrides;
  'llm:prices:set-overrides'(overrides: PriceOverrides): void;

  // ---- LLM calls for a tailoring run: extension pages only; the key never leaves the background
  /** The provider a run would use (the default profile), or null when none is configured. */
  'llm:active-profile'(): { id: string; label: string; provider: ProviderId; model: string } | null;
  /** One chat completion with the default (or named) profile's key; `model` overrides the profile's (side calls such as the second opinion); cancel with `llm:cancel`. */
  'llm:chat'(data: { requestId: string; profileId?: string; model?: string; request: LlmChatPayload }): ChatResult;
  /** The model of the guard's second opinion for a profile, or null when the setting is off. */
  'llm:second-opinion:model'(data: { profileId?: string }): string | null;
  'llm:second-opinion:get'(): { enabled: boolean; model: string | null };
  'llm:second-opinion:set'(data: { enabled: boolean; model: string | null }): void;
  'llm:cancel'(data: { requestId: string }): void;
}

/** A chat request as it crosses the message boundary (no callbacks, no AbortSignal). */
export interface LlmChatPayload {
  messages: ChatMessage[];
  json?: { schema?: Record<string, unknown>; name?: string };
  maxOutputTokens?: number;
  stream?: boolean;
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
  'run:host': 'extension-page',
  'run:start': 'extension-page',
  'run:cancel': 'extension-page',
  'run:warm-up': 'extension-page',
  'llm:profiles:list': 'extension-page',
  'llm:models:list': 'extension-page',
  'llm:connection:test': 'extension-page',
  'llm:profile:save': 'extension-page',
  'llm:profile:delete': 'extension-page',
  'llm:profile:set-default': 'extension-page',
  'llm:vault:status': 'extension-page',
  'llm:vault:set-passphrase': 'extension-page',
  'llm:vault:unlock': 'extension-page',
  'llm:vault:lock': 'extension-page',
  'llm:vault:remove-passphrase': 'extension-page',
  'llm:prices:get': 'extension-page',
  'llm:prices:get-overrides': 'extension-page',
  'llm:prices:set-overrides': 'extension-page',
  'llm:active-profile': 'extension-page',
  'llm:chat': 'extension-page',
  'llm:second-opinion:model': 'extension-page',
  'llm:second-opinion:get': 'extension-page',
  'llm:second-opinion:set': 'extension-page',
  'llm:cancel': 'extension-page',
};

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { onMessage } = messenger;

/** Sends a protocol message; a background that stopped mid-call is reported in plain words. */
export const sendMessage: typeof messenger.sendMessage = ((...args: Parameters<typeof messenger.sendMessage>) =>
  messenger.sendMessage(...args).catch((err: unknown) => {
    throw inPlainWords(err);
  })) as typeof messenger.sendMessage;
