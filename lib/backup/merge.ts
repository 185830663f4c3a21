/** One kind of record in a backup, as the merge sees it. */
export interface MergeKind<T extends { id: string }> {
  /** Singular noun for messages ("resume"). */
  noun: string;
  /** When the record last changed: the newer copy wins. */
  stamp(record: T): number;
  /** How the person recognises it in a conflict message. */
  label(record: T): string;
}

export interface MergeCounts {
  added: number;
  updated: number;
  /** Same id, this device's copy kept (newer, identical, or protected). */
  kept: number;
}

export interface MergeResult<T> {
  /** Records to write (new ones and newer copies). */
  write: T[];
  counts: MergeCounts;
  /** What the person should know: which copy won where both differed. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges incoming records into the local ones by id, newest first: a backup never replaces a
 * newer copy on this device, a record listed twice in a backup counts once (its newest copy),
 * and every id where both sides differ is reported. `protect` may veto a replacement (with a
 * reason) even when the incoming copy is newer.
 */
export function mergeByNewest<T extends { id: string }>(kind: MergeKind<T>, local: readonly T[], incoming: readonly T[], protect?: (mine: T, theirs: T) => string | null): MergeResult<T> {
  const newestIncoming = new Map<string, T>();
  for (const r of incoming) {
    const seen = newestIncoming.get(r.id);
    if (!seen || kind.stamp(r) > kind.stamp(seen)) newestIncoming.set(r.id, r);
  }
  const mine = new Map(local.map((r) => [r.id, r]));
  const result: MergeResult<T> = { write: [], counts: { added: 0, updated: 0, kept: 0 }, conflicts: [] };
  for (const theirs of newestIncoming.values()) {
    const current = mine.get(theirs.id);
    if (!current) { result.write.push(theirs); result.counts.added++; continue; }
    if (same(current, theirs)) { result.counts.kept++; continue; }
    const veto = protect?.(current, theirs);
    if (veto) { result.counts.kept++; result.conflicts.push(`${kind.noun} "${kind.label(current)}": kept this device's copy — ${veto}`); continue; }
    if (kind.stamp(theirs) > kind.stamp(current)) {
      result.write.push(theirs);
      result.counts.updated++;
      result.conflicts.push(`${kind.noun} "${kind.label(current)}": replaced by the backup's newer copy.`);
    } else {
      result.counts.kept++;
      result.conflicts.push(`${kind.noun} "${kind.label(current)}": kept this device's copy, which is as new or newer.`);
    }
  }
  return result;
}
