// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { getPriceOverrides, getPriceTable, setPriceOverrides } from '../../lib/settings/index.ts';
import { estimateCostUsd } from '../../lib/llm/index.ts';
import { PriceTableEditor } from './price-table-editor.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fill(host: HTMLElement, label: string, value: string) {
  const el = [...host.querySelectorAll('label')].find((l) => l.textContent === label)!.control as HTMLInputElement | HTMLSelectElement;
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

it('shows the dated table and stores a price the cost estimate then uses', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<PriceTableEditor api={{ getPriceTable, getPriceOverrides, setPriceOverrides }} />));
  await settle();
  expect(host.textContent).toMatch(/as of \d{4}-\d{2}-\d{2}/);
  expect(host.textContent).toContain('gpt-4o-mini');

  fill(host, 'Provider', 'custom');
  fill(host, 'Model prefix', 'llama3.1');
  fill(host, 'Input price', '0.2');
  fill(host, 'Output price', '0.6');
  await act(async () => (host.querySelector('button[type=submit]') as HTMLButtonElement).click());
  await settle();
  expect(host.querySelector('tr[data-edited]')?.textContent).toContain('llama3.1');
  const cost = estimateCostUsd('custom', 'llama3.1:8b', { inputTokens: 1_000_000, outputTokens: 1_000_000 }, await getPriceTable());
  expect(cost).toBeCloseTo(0.8, 10);

  fill(host, 'Input price', '-1');
  fill(host, 'Model prefix', 'x');
  fill(host, 'Output price', '1');
  await act(async () => (host.querySelector('button[type=submit]') as HTMLButtonElement).click());
  expect(host.querySelector('[role=alert]')?.textContent).toMatch(/zero or more/);
  await act(async () => root.unmount());
});
