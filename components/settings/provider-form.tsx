import { useId, useState, type FormEvent } from 'react';
import { ListRestart, PlugZap } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { Message } from '@/components/ui/message';
import type { ModelInfo } from '../../lib/llm/types.ts';
import type { SettingsApi } from '../../lib/settings/index.ts';
import { BASE_URL_HINTS, PROVIDER_LABELS, testFingerprint, toDraft, type FormValues, type ProviderId } from './form-state.ts';

interface Props {
  api: SettingsApi;
  initial: FormValues;
  /** Whether the edited profile already has a stored key (the key field may stay empty). */
  hasStoredKey: boolean;
  onSaved(): void;
  onCancel(): void;
}

type Busy = 'models' | 'test' | 'save' | null;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Add / edit one provider configuration. Save is only possible after a successful test. */
export function ProviderForm({ api, initial, hasStoredKey, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const [models, setModels] = useState<ModelInfo[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [testedPrint, setTestedPrint] = useState<string | null>(null);
  const ids = useId();
  const canSave = testedPrint === testFingerprint(values) && busy === null;

  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));

  /** Host permission first, while the click still counts as a user gesture. */
  async function permitted(): Promise<boolean> {
    if (!api.requestHostPermission || !values.baseUrl.trim()) return true;
    let ok = false;
    try {
      ok = await api.requestHostPermission(values.baseUrl.trim());
    } catch (err) {
      setError(`The base URL is not usable: ${errorText(err)}`);
      return false;
    }
    if (!ok) setError('Bespoke needs permission to reach this base URL. Allow it when the browser asks.');
    return ok;
  }

  async function run(kind: Exclude<Busy, null>, action: () => Promise<string>) {
    setError('');
    setStatus('');
    if (kind !== 'save' && !(await permitted())) return;
    setBusy(kind);
    try {
      setStatus(await action());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  }

  const fetchModels = () =>
    run('models', async () => {
      const list = await api.listModels(toDraft(values));
      setModels(list);
      if (!values.model && list[0]) set({ model: list[0].id });
      return `${list.length} models found.`;
    });

  const test = () =>
    run('test', async () => {
      const print = testFingerprint(values);
      const report = await api.testConnection(toDraft(values));
      if (report.models.length) setModels(report.models);
      setTestedPrint(print);
      return `Connection works: ${report.model} answered${report.modelListed ? '' : ' (model not in the provider’s list, used as typed)'}.`;
    });

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!canSave) return;
    void run('save', async () => {
      await api.saveProfile(toDraft(values));
      onSaved();
      return 'Saved.';
    });
  };

  const label = 'text-xs font-medium text-muted-foreground';
  return (
    <form className="flex flex-col gap-1.5 rounded-lg border border-border bg-card p-3" onSubmit={save} aria-label="Provider configuration">
      <label className={label} htmlFor={`${ids}-provider`}>Provider</label>
      <Select id={`${ids}-provider`} value={values.provider} onChange={(e) => { set({ provider: e.target.value as ProviderId, model: '' }); setModels([]); }}>
        {(Object.keys(PROVIDER_LABELS) as ProviderId[]).map((p) => <option key={p} value={p}>{PROVIDER_LABELS[p]}</option>)}
      </Select>

      <label className={label} htmlFor={`${ids}-label`}>Name</label>
      <Input id={`${ids}-label`} value={values.label} onChange={(e) => set({ label: e.target.value })} placeholder="e.g. Work OpenAI" required />

      <label className={label} htmlFor={`${ids}-key`}>API key</label>
      <Input id={`${ids}-key`} type="password" autoComplete="off" spellCheck={false} value={values.apiKey}
        onChange={(e) => set({ apiKey: e.target.value })}
        placeholder={hasStoredKey ? 'Stored — leave empty to keep it (same provider and base URL only)' : values.provider === 'custom' ? 'Optional for local servers' : 'Paste your key'} />

      <label className={label} htmlFor={`${ids}-base`}>Base URL</label>
      <Input id={`${ids}-base`} value={values.baseUrl} onChange={(e) => set({ baseUrl: e.target.value })} placeholder={BASE_URL_HINTS[values.provider]} />

      <label className={label} htmlFor={`${ids}-model`}>Model</label>
      <div className="flex gap-1.5">
        <Input id={`${ids}-model`} list={`${ids}-models`} value={values.model} onChange={(e) => set({ model: e.target.value })} placeholder="Fetch the list or type a model name" />
        <Button type="button" onClick={fetchModels} disabled={busy !== null}><ListRestart aria-hidden />{busy === 'models' ? 'Fetching…' : 'Fetch models'}</Button>
      </div>
      <datalist id={`${ids}-models`}>
        {models.map((m) => <option key={m.id} value={m.id}>{m.label ?? m.id}</option>)}
      </datalist>

      <label className={label} htmlFor={`${ids}-temp`}>Temperature (optional)</label>
      <Input id={`${ids}-temp`} inputMode="decimal" value={values.temperature} onChange={(e) => set({ temperature: e.target.value })} placeholder="provider default" />

      <div className="mt-1.5 flex flex-wrap gap-2">
        <Button type="button" onClick={test} disabled={busy !== null}><PlugZap aria-hidden />{busy === 'test' ? 'Testing…' : 'Test connection'}</Button>
        <Button variant="primary" type="submit" disabled={!canSave} title={canSave ? undefined : 'Test the connection first'}>Save</Button>
        <Button variant="ghost" type="button" onClick={onCancel}>Cancel</Button>
      </div>
      {status && <p role="status" className="m-0 text-xs text-success">{status}</p>}
      {error && <Message tone="error">{error}</Message>}
    </form>
  );
}
