import type { BespokeDatabase } from './database';

/** How many remembered results are kept; the oldest go first (a compiled master is ~50 kB). */
export const MEMO_LIMIT = 40;

/**
 * A key → value store over the `memo` table, for results that depend on content alone.
 * `scope` (e.g. the extension's version) is part of every key, so an update that changes the
 * TeX engine never reuses what an older one produced. Reads also keep a copy in memory for
 * the page's life.
 */
export function createDbMemo(db: BespokeDatabase, scope: string) {
  const recent = new Map<string, unknown>();
  const full = (key: string) => `${scope}:${key}`;
  return {
    async get(key: string): Promise<unknown> {
      if (recent.has(full(key))) return recent.get(full(key));
      const row = await db.memo.get(full(key));
      if (row) recent.set(full(key), row.value);
      return row?.value;
    },
    async set(key: string, value: unknown): Promise<void> {
      recent.set(full(key), value);
      await db.memo.put({ key: full(key), value, savedAt: Date.now() });
      const extra = (await db.memo.count()) - MEMO_LIMIT;
      if (extra > 0) await db.memo.orderBy('savedAt').limit(extra).delete();
    },
  };
}
