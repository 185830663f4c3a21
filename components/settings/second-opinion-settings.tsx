import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';

/**
 * The guard's second opinion: after the rules, a short call to the same provider (its cheapest
 * listed model unless one is named) may flag more unsupported claims. Off by default; its
 * tokens and cost count in each run.
 */
export function SecondOpinionSettings() {
  const [enabled, setEnabled] = useState(false);
  const [model, setModel] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('llm:second-opinion:get').then((v) => { setEnabled(v.enabled); setModel(v.model ?? ''); }, (err: unknown) => setError(String(err)));
  }, []);
  const save = (next: { enabled: boolean; model: string }) => {
    setEnabled(next.enabled);
    setModel(next.model);
    sendMessage('llm:second-opinion:set', { enabled: next.enabled, model: next.model.trim() || null }).then(() => setError(null), (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="second-opinion-settings">
      <label style={{ flexDirection: 'row', alignItems: 'center' }}>
        <input type="checkbox" checked={enabled} onChange={(e) => save({ enabled: e.target.checked, model })} /> Ask the model for a second opinion on every change
      </label>
      <label>
        Model for the second opinion (empty: the provider's cheapest)
        <input value={model} disabled={!enabled} onChange={(e) => setModel(e.target.value)} onBlur={(e) => save({ enabled, model: e.target.value })} />
      </label>
      {error ? <p className="error">{error}</p> : null}
    </div>
  );
}
