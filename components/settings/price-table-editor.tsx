import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PriceTable } from '../../lib/llm/index.ts';
import type { PriceApi, PriceOverrides } from '../../lib/settings/index.ts';
import { PROVIDER_LABELS, type ProviderId } from './form-state.ts';

interface Props {
  api: PriceApi;
}

/** Shows the dated price table used for cost estimates and lets the user add or change a price. */
export function PriceTableEditor({ api }: Props) {
  const [table, setTable] = useState<PriceTable | null>(null);
  const [overrides, setOverrides] = useState<PriceOverrides>({});
  const [form, setForm] = useState({ provider: 'custom' as ProviderId, model: '', input: '', output: '' });
  const [error, setError] = useState('');
  const id = useId();

  async function load() {
    const [t, o] = await Promise.all([api.getPriceTable(), api.getPriceOverrides()]);
    setTable(t);
    setOverrides(o);
  }
  // Loaded once per api object; `load` only reads from it.
  useEffect(() => {
    load().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [api]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    const input = Number(form.input);
    const output = Number(form.output);
    if (!form.model.trim() || !(input >= 0) || !(output >= 0) || form.input === '' || form.output === '') {
      setError('Give a model name and two prices of zero or more (USD per million tokens).');
      return;
    }
    const next = { ...overrides, [form.provider]: { ...overrides[form.provider], [form.model.trim()]: { inputPerMTok: input, outputPerMTok: output } } };
    try {
      await api.setPriceOverrides(next);
      setForm((f) => ({ ...f, model: '', input: '', output: '' }));
      await load();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section className="price-table" aria-label="Model prices">
      <h3>Model prices{table ? ` (as of ${table.asOf})` : ''}</h3>
      <p>Used to estimate the cost of each run. USD per million tokens; a model matches the longest name prefix.</p>
      {table && (
        <table>
          <thead><tr><th>Provider</th><th>Model</th><th>Input</th><th>Output</th></tr></thead>
          <tbody>
            {Object.entries(table.prices).flatMap(([provider, entries]) =>
              Object.entries(entries ?? {}).map(([model, price]) => (
                <tr key={`${provider}/${model}`} data-edited={overrides[provider]?.[model] ? 'true' : undefined}>
                  <td>{PROVIDER_LABELS[provider as ProviderId] ?? provider}</td><td>{model}</td>
                  <td>{price.inputPerMTok}</td><td>{price.outputPerMTok}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      <form onSubmit={submit}>
        <label htmlFor={`${id}-p`}>Provider</label>
        <select id={`${id}-p`} value={form.provider} onChange={(e) => setForm({ ...form, provider: e.target.value as ProviderId })}>
          {(Object.keys(PROVIDER_LABELS) as ProviderId[]).map((p) => <option key={p} value={p}>{PROVIDER_LABELS[p]}</option>)}
        </select>
        <label htmlFor={`${id}-m`}>Model prefix</label>
        <input id={`${id}-m`} value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} />
        <label htmlFor={`${id}-i`}>Input price</label>
        <input id={`${id}-i`} inputMode="decimal" value={form.input} onChange={(e) => setForm({ ...form, input: e.target.value })} />
        <label htmlFor={`${id}-o`}>Output price</label>
        <input id={`${id}-o`} inputMode="decimal" value={form.output} onChange={(e) => setForm({ ...form, output: e.target.value })} />
        <button type="submit">Set price</button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
