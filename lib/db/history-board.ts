import type { ApplicationStatus, HistoryRow } from './history';

export const BOARD_COLUMNS: ApplicationStatus[] = ['saved', 'applied', 'interview', 'offer', 'rejected'];

/** One job on the board: its newest run (opened from the card), how many runs, and its status dates. */
export interface BoardCard {
  jobId: string;
  title: string | null;
  company: string | null;
  status: ApplicationStatus;
  /** When the job reached its current status (null: before dates were kept). */
  since: number | null;
  /** Each status the job reached, in the board's order, with its date. */
  timeline: { status: ApplicationStatus; at: number }[];
  latestRunId: string;
  latestRunAt: number;
  runs: number;
  /** The newest finished run's score after tailoring. */
  score: number | null;
}

/**
 * The history as a board: one card per job (not per run) in the column of its application
 * status, jobs with the newest run first. `rows` are history lines, newest first (as loaded and
 * filtered); lines of deleted jobs have no status and no place on the board.
 */
export function boardColumns(rows: HistoryRow[]): Record<ApplicationStatus, BoardCard[]> {
  const columns = Object.fromEntries(BOARD_COLUMNS.map((c) => [c, [] as BoardCard[]])) as Record<ApplicationStatus, BoardCard[]>;
  const cards = new Map<string, BoardCard>();
  for (const row of rows) {
    if (row.jobMissing || !row.applicationStatus) continue;
    const card = cards.get(row.jobId);
    if (card) {
      card.runs++;
      if (card.score === null && row.status === 'done') card.score = row.scoreAfter ?? row.scoreBefore ?? null;
      continue;
    }
    const dates = row.statusDates ?? {};
    const fresh: BoardCard = {
      jobId: row.jobId,
      title: row.title,
      company: row.company,
      status: row.applicationStatus,
      since: row.applicationStatusAt,
      timeline: BOARD_COLUMNS.flatMap((status) => (dates[status] !== undefined ? [{ status, at: dates[status]! }] : [])),
      latestRunId: row.id,
      latestRunAt: row.startedAt,
      runs: 1,
      score: row.status === 'done' ? row.scoreAfter ?? row.scoreBefore ?? null : null,
    };
    cards.set(row.jobId, fresh);
    columns[fresh.status].push(fresh);
  }
  return columns;
}
