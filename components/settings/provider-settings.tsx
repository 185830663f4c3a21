import { useCallback, useEffect, useState } from 'react';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { SectionHeader } from '@/components/ui/card';
import { Message } from '@/components/ui/message';
import type { ProfileSummary, SettingsApi, VaultStatus } from '../../lib/settings/index.ts';
import { emptyForm, formFromProfile, type FormValues } from './form-state.ts';
import { ProfileList } from './profile-list.tsx';
import { ProviderForm } from './provider-form.tsx';
import { VaultPanel } from './vault-panel.tsx';

interface Props {
  /** The settings operations; in the extension, messages to the background (see SettingsApi). */
  api: SettingsApi;
  /** Asked before deleting; defaults to the browser's confirm(). */
  confirmDelete?: (profile: ProfileSummary) => boolean;
}

interface Editing {
  values: FormValues;
  hasStoredKey: boolean;
}

/**
 * The LLM provider settings: list / add / edit / delete configurations, the default one, and
 * the optional passphrase lock. Usable standalone: everything goes through `api`.
 */
export function ProviderSettings({ api, confirmDelete = (p) => confirm(`Delete “${p.label}” and its key?`) }: Props) {
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [vault, setVault] = useState<VaultStatus | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [list, status] = await Promise.all([api.listProfiles(), api.vaultStatus()]);
      setProfiles(list);
      setVault(status);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function guarded(action: () => Promise<void>) {
    setError('');
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    await refresh();
  }

  const locked = vault ? vault.hasPassphrase && !vault.unlocked : false;

  return (
    <section className="flex flex-col gap-3" aria-label="LLM providers">
      <SectionHeader
        title="LLM providers"
        description="Your key stays in this browser (never synced) and goes only to the provider you choose. With none, the offline tailor still works."
      />
      {locked && <p role="note" className="notice m-0">The keys are locked: unlock them to test, add or change providers.</p>}
      <ProfileList
        profiles={profiles}
        disabled={locked || editing !== null}
        onEdit={(p) => setEditing({ values: formFromProfile(p), hasStoredKey: p.hasKey })}
        onDelete={(p) => { if (confirmDelete(p)) void guarded(() => api.deleteProfile(p.id)); }}
        onMakeDefault={(p) => void guarded(() => api.setDefaultProfile(p.id))}
      />
      {editing ? (
        <ProviderForm
          key={editing.values.id ?? 'new'}
          api={api}
          initial={editing.values}
          hasStoredKey={editing.hasStoredKey}
          onSaved={() => { setEditing(null); void refresh(); }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Button variant={profiles.length ? 'secondary' : 'primary'} className="self-start" disabled={locked} onClick={() => setEditing({ values: emptyForm(), hasStoredKey: false })}><Plus aria-hidden />Add provider</Button>
      )}
      {error && <Message tone="error">{error}</Message>}
      {vault && <VaultPanel api={api} status={vault} onChanged={() => void refresh()} />}
    </section>
  );
}
