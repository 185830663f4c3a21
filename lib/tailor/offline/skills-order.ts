import { skipGroup } from '../segment/scanner';

/** A comma-separated list inside a LaTeX line: where its items are and what separates them. */
export interface ListLayout {
  /** Text before the first item (e.g. `\textbf{Languages}{: `). */
  head: string;
  items: string[];
  separators: string[];
  /** Text after the last item (closing braces, a final period). */
  tail: string;
}

/**
 * Finds the comma list of a skills line: the brace level (top level or inside one group)
 * with the most commas, split at those commas. A `Label:` before the first item stays in
 * `head`. Null when there is no list of at least three items.
 */
export function parseList(text: string): ListLayout | null {
  let best: { from: number; to: number; commas: number[] } | null = null;
  const scan = (from: number, to: number) => {
    const commas: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '\\') { i++; continue; }
      if (c === '{') { const e = Math.min(skipGroup(text, i), to); scan(i + 1, e - 1); i = e - 1; continue; }
      if (c === ',') commas.push(i);
    }
    if (commas.length >= 2 && (!best || commas.length > best.commas.length)) best = { from, to, commas };
  };
  scan(0, text.length);
  if (!best) return null;
  const { from, to, commas } = best as { from: number; to: number; commas: number[] };
  const bounds = [from, ...commas.map((c) => c + 1)];
  const ends = [...commas, to];
  const raw = bounds.map((b, k) => text.slice(b, ends[k]));
  // Split the first item's label ("Languages: Java" → head "Languages: ", item "Java").
  const label = labelOf(raw[0]);
  const trailing = raw[raw.length - 1].match(/(\s*[.;]?\s*)$/)![0];
  const items = raw.map((r, k) => {
    let t = k === 0 ? r.slice(label.length) : r;
    if (k === raw.length - 1) t = t.slice(0, t.length - trailing.length);
    return t;
  });
  // Each separator is the comma plus the whitespace that follows it, taken from the item.
  const separators: string[] = [];
  for (let k = 1; k < items.length; k++) {
    const ws = items[k].match(/^\s*/)![0];
    separators.push(',' + ws);
    items[k] = items[k].slice(ws.length);
  }
  // Only whole, balanced items move: one that would carry half a group (or a table cell) along is not a list item.
  if (!items.every(movable)) return null;
  return { head: text.slice(0, from) + label, items, separators, tail: trailing + text.slice(to) };
}

/**
 * The label before the first item: up to the last `:` or `&` at brace depth 0, or the end of a
 * group holding a `:` (`\textbf{Label:} Java` → `\textbf{Label:} `), with the spaces after it.
 * Never a cut inside a group: that split `\textbf{Infrastructure:}` in two.
 */
function labelOf(first: string): string {
  let depth = 0;
  let cut = 0;
  let colonInGroup = false;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') { depth++; continue; }
    if (c === '}') { depth = Math.max(0, depth - 1); if (depth === 0 && colonInGroup) { cut = i + 1; colonInGroup = false; } continue; }
    if (c === ':' && depth > 0) colonInGroup = true;
    if ((c === ':' || c === '&') && depth === 0) cut = i + 1;
  }
  return first.slice(0, cut) + first.slice(cut).match(/^\s*/)![0];
}

function movable(item: string): boolean {
  if (!item.trim() || /(^|[^\\])(\\\\|&)/.test(item)) return false;
  let depth = 0;
  for (let i = 0; i < item.length; i++) {
    if (item[i] === '\\') { i++; continue; }
    if (item[i] === '{') depth++;
    else if (item[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Re-assembles a list with its items in a new order (separators stay where they were). */
export function renderList(layout: ListLayout, order: number[]): string {
  let out = layout.head;
  order.forEach((idx, k) => { out += (k > 0 ? layout.separators[k - 1] : '') + layout.items[idx]; });
  return out + layout.tail;
}
