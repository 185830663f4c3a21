import { useId, useState, type FormEvent } from 'react';
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
    <section className="vault-panel" aria-label="Key protection">
      <h3>{title}</h3>
      <p>
        {status.hasPassphrase
          ? 'Keys are encrypted on this device (AES-GCM, PBKDF2). Unlocked keys are forgotten when the browser closes.'
          : 'Keys are stored on this device only. A passphrase encrypts them.'}
      </p>
      <form onSubmit={submit}>
        <label htmlFor={id}>Passphrase</label>
        <input id={id} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <button type="submit" disabled={busy || !passphrase}>{submitLabel}</button>
        {status.hasPassphrase && status.unlocked && (
          <button type="button" disabled={busy} onClick={() => void act(() => api.lock())}>Lock now</button>
        )}
        {status.hasPassphrase && (
          <button type="button" disabled={busy || !passphrase} onClick={() => void act(() => api.removePassphrase(passphrase))}>Remove passphrase</button>
        )}
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
