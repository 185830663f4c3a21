import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { Message } from '@/components/ui/message';
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

  const label = 'text-xs font-medium text-muted-foreground';
  return (
    <section className="flex flex-col gap-2" aria-label="Model prices">
      <h3>Model prices{table ? ` (as of ${table.asOf})` : ''}</h3>
      <p className="m-0 text-xs text-muted-foreground">Used to estimate the cost of each run. USD per million tokens; a model matches the longest name prefix.</p>
      {table && (
        <div className="max-h-64 overflow-auto rounded-md border border-border" tabIndex={0} role="region" aria-label="Price table">
          <table className="w-full border-collapse text-xs">
            <thead className="sticky top-0 bg-muted text-left"><tr><th className="px-2 py-1">Provider</th><th className="px-2 py-1">Model</th><th className="px-2 py-1 text-right">Input</th><th className="px-2 py-1 text-right">Output</th></tr></thead>
            <tbody>
              {Object.entries(table.prices).flatMap(([provider, entries]) =>
                Object.entries(entries ?? {}).map(([model, price]) => (
                  <tr key={`${provider}/${model}`} data-edited={overrides[provider]?.[model] ? 'true' : undefined} className="border-t border-border data-[edited]:bg-accent">
                    <td className="px-2 py-1">{PROVIDER_LABELS[provider as ProviderId] ?? provider}</td><td className="px-2 py-1 break-all">{model}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{price.inputPerMTok}</td><td className="px-2 py-1 text-right tabular-nums">{price.outputPerMTok}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} className="grid grid-cols-2 gap-x-2 gap-y-1" aria-label="Set a model price">
        <label className={label} htmlFor={`${id}-p`}>Provider</label>
        <label className={label} htmlFor={`${id}-m`}>Model prefix</label>
        <Select id={`${id}-p`} value={form.provider} onChange={(e) => setForm({ ...form, provider: e.target.value as ProviderId })}>
          {(Object.keys(PROVIDER_LABELS) as ProviderId[]).map((p) => <option key={p} value={p}>{PROVIDER_LABELS[p]}</option>)}
        </Select>
        <Input id={`${id}-m`} value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} />
        <label className={label} htmlFor={`${id}-i`}>Input price</label>
        <label className={label} htmlFor={`${id}-o`}>Output price</label>
        <Input id={`${id}-i`} inputMode="decimal" value={form.input} onChange={(e) => setForm({ ...form, input: e.target.value })} />
        <Input id={`${id}-o`} inputMode="decimal" value={form.output} onChange={(e) => setForm({ ...form, output: e.target.value })} />
        <Button type="submit" className="col-span-2 mt-1 justify-self-start">Set price</Button>
      </form>
      {error && <Message tone="error">{error}</Message>}
    </section>
  );
}
