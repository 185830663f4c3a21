import type { JobRecord, RunRecord } from '@/lib/db/records';

/** Every run kept: when, for which job, how it ended, the score. */
export function RunHistory({ runs, jobs, selectedId, onSelect }: { runs: RunRecord[]; jobs: JobRecord[]; selectedId?: string; onSelect(id: string): void }) {
  const titleOf = (id: string) => {
    const job = jobs.find((j) => j.id === id);
    return job ? `${job.title ?? 'Untitled'}${job.company ? ` · ${job.company}` : ''}` : 'deleted job';
  };
  return (
    <div>
      <h2>History</h2>
      <ul className="plain" data-testid="run-history">
        {runs.map((r) => (
          <li key={r.id}>
            <button aria-current={r.id === selectedId} onClick={() => onSelect(r.id)}>
              {new Date(r.startedAt).toLocaleString()} · {titleOf(r.jobId)} · <span className="badge">{r.status}</span>
              {r.scoreBefore !== undefined ? ` ${r.scoreBefore} → ${r.scoreAfter ?? '—'}` : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
