import Dexie, { type EntityTable } from 'dexie';
import type { JobRecord, ResumeRecord } from './records';

export const DATABASE_NAME = 'bespoke';

/**
 * The extension's IndexedDB. Schema changes only by adding a `version(n)` with an upgrade
 * (never by editing an old version), each covered by a test that opens the previous version.
 */
export class BespokeDatabase extends Dexie {
  jobs!: EntityTable<JobRecord, 'id'>;
  resumes!: EntityTable<ResumeRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      jobs: 'id, contentHash, capturedAt, url, board',
      resumes: 'id, updatedAt, name',
    });
  }
}

let shared: BespokeDatabase | undefined;

/** The database shared by one JavaScript context (background, side panel, …). */
export function getDatabase(): BespokeDatabase {
  shared ??= new BespokeDatabase();
  return shared;
}
