import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from './database';
import { createDbMemo, MEMO_LIMIT } from './memo';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function freshDb(): BespokeDatabase {
  const name = `memo-${crypto.randomUUID()}`;
  names.push(name);
  return new BespokeDatabase(name);
}

describe('createDbMemo', () => {
  it('keeps values (bytes too) in IndexedDB, per scope, across page loads', async () => {
    const db = freshDb();
    await createDbMemo(db, '0.1.0').set('master:h', { pdf: new Uint8Array([1, 2, 3]), pages: 1 });
    // A new memo over the same database stands for the next page load.
    expect(await createDbMemo(db, '0.1.0').get('master:h')).toEqual({ pdf: new Uint8Array([1, 2, 3]), pages: 1 });
    expect(await createDbMemo(db, '0.2.0').get('master:h')).toBeUndefined();
    db.close();
  });

  it(`keeps at most ${MEMO_LIMIT} entries, dropping the oldest`, async () => {
    const db = freshDb();
    const memo = createDbMemo(db, 'v');
    for (let i = 0; i < MEMO_LIMIT + 3; i++) {
      await memo.set(`k${i}`, i);
      await new Promise((r) => setTimeout(r, 1)); // distinct savedAt
    }
    expect(await db.memo.count()).toBe(MEMO_LIMIT);
    expect(await db.memo.get('v:k0')).toBeUndefined();
    expect((await db.memo.get(`v:k${MEMO_LIMIT + 2}`))?.value).toBe(MEMO_LIMIT + 2);
    db.close();
  });
});
