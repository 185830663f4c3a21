import { useId, useState, type FormEvent } from 'react';
import { Lock, LockOpen } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { Message } from '@/components/ui/message';
import type { SettingsApi, VaultStatus } from '../../lib/settings/index.ts';

interface Props {
  api: SettingsApi;
  status: VaultStatus;
  onChanged(): void;
}

/** Optional passphrase lock of the API keys: set, unlock, lock, remove. */
export function VaultPanel({ api, status, onChanged }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function act(action: () => Promise<void>) {
    setError('');
    setBusy(true);
    try {
      await action();
      setPassphrase('');
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!status.hasPassphrase || status.unlocked) void act(() => api.setPassphrase(passphrase));
    else void act(() => api.unlock(passphrase));
  };

  const title = !status.hasPassphrase ? 'Protect keys with a passphrase' : status.unlocked ? 'Keys unlocked' : 'Keys locked';
  const submitLabel = !status.hasPassphrase ? 'Set passphrase' : status.unlocked ? 'Change passphrase' : 'Unlock';

  return (
    <section className="flex flex-col gap-2 rounded-lg border border-border bg-card p-3" aria-label="Key protection">
      <h3 className="flex items-center gap-1.5">{status.hasPassphrase && !status.unlocked ? <Lock aria-hidden className="size-4" /> : <LockOpen aria-hidden className="size-4" />}{title}</h3>
      <p className="m-0 text-xs text-muted-foreground">
        {status.hasPassphrase
          ? 'Keys are encrypted on this device (AES-GCM, PBKDF2). Unlocked keys are forgotten when the browser closes.'
          : 'Keys are stored on this device only. A passphrase encrypts them.'}
      </p>
      <form onSubmit={submit} className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-xs font-medium text-muted-foreground">Passphrase</label>
        <Input id={id} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={busy || !passphrase}>{submitLabel}</Button>
          {status.hasPassphrase && status.unlocked && (
            <Button variant="ghost" disabled={busy} onClick={() => void act(() => api.lock())}>Lock now</Button>
          )}
          {status.hasPassphrase && (
            <Button variant="ghost" disabled={busy || !passphrase} onClick={() => void act(() => api.removePassphrase(passphrase))}>Remove passphrase</Button>
          )}
        </div>
      </form>
      {error && <Message tone="error">{error}</Message>}
    </section>
  );
}
