import { useSyncExternalStore } from 'react';

/**
 * The run the Tailor tab shows, chosen there or in the History tab (two views of one side
 * panel page; nothing to persist: reopening the panel shows the latest run).
 */
let selected: string | null = null;
let selectedAt = 0;
const listeners = new Set<() => void>();

export function selectRun(id: string | null): void {
  selected = id;
  selectedAt = Date.now();
  for (const listener of listeners) listener();
}

/**
 * When the run was chosen: a posting captured after that takes over the Tailor tab (the
 * person moved on to it), one captured before does not (they opened an older run on purpose).
 */
export function runSelectedAt(): number {
  return selectedAt;
}

export function useSelectedRun(): [string | null, (id: string | null) => void] {
  const value = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => selected,
  );
  return [value, selectRun];
}
