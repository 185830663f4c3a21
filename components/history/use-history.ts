import { useMutation } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { countHistory, deleteRuns, loadHistory, setApplicationStatus, type ApplicationStatus } from '@/lib/db/history';

/** Every history line (the small index table), newest first, live as runs start, end or go. */
export function useHistory(enabled = true) {
  return useLiveQuery(() => (enabled ? loadHistory(getDatabase()) : undefined), [enabled]);
}

/**
 * The first screenful and the total, which come back before all lines are read: the list
 * draws at once and the rest (for search and scrolling) follows.
 */
export function useHistoryHead(lines = 40) {
  const head = useLiveQuery(() => loadHistory(getDatabase(), lines), [lines]);
  const total = useLiveQuery(() => countHistory(getDatabase()), []);
  return { head, total };
}

export function useHistoryActions() {
  return {
    remove: useMutation({ mutationFn: (ids: string[]) => deleteRuns(getDatabase(), ids) }),
    setStatus: useMutation({ mutationFn: ({ jobId, status }: { jobId: string; status: ApplicationStatus }) => setApplicationStatus(getDatabase(), jobId, status) }),
  };
}
