import { createLlmClient } from '@/lib/llm/index';
import type { ChatRequest, ChatResult, LlmClient, ModelInfo, ProviderId } from '@/lib/llm/types';
import type { RunHostLlm } from '@/lib/runs/run-host';
import { defaultProfileItem, getProfile, resolveProviderConfig, secondOpinionModel } from '@/lib/settings/index';

/** The default provider profile (no key in it), or null when none is configured or it vanished. */
export async function activeProfile(): Promise<{ id: string; label: string; provider: ProviderId; model: string } | null> {
  const id = await defaultProfileItem.getValue();
  if (!id) return null;
  const profile = await getProfile(id).catch(() => null);
  return profile ? { id: profile.id, label: profile.label, provider: profile.provider, model: profile.model } : null;
}

/**
 * A client that calls the provider from the background itself. The key is read at each call,
 * as the `llm:chat` message does: a vault locked mid-run refuses the next call, not a stale copy.
 */
export function createLocalLlmClient(provider: ProviderId, profileId: string, model?: string): LlmClient {
  return {
    provider,
    async listModels(): Promise<ModelInfo[]> {
      throw new Error('Model lists are fetched from the settings page.');
    },
    async chat(request: ChatRequest): Promise<ChatResult> {
      const config = await resolveProviderConfig(profileId);
      return createLlmClient(model ? { ...config, model } : config).chat(request);
    },
  };
}

/** Model access for a run hosted in the background (Firefox's event page): no messages to itself. */
export const localRunHostLlm: RunHostLlm = {
  activeProfile,
  secondOpinionModel: async (profileId) => secondOpinionModel(profileId),
  client: createLocalLlmClient,
};
