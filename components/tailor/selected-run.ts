import { useSyncExternalStore } from 'react';

/**
 * The run the Tailor tab shows, chosen there or in the History tab (two views of one side
 * panel page; nothing to persist: reopening the panel shows the latest run).
 */
let selected: string | null = null;
const listeners = new Set<() => void>();

export function selectRun(id: string | null): void {
  selected = id;
  for (const listener of listeners) listener();
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
