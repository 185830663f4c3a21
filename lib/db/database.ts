import Dexie, { type EntityTable } from 'dexie';
import type { JobRecord, MemoRecord, ResumeRecord, RunRecord, TexPackageRecord } from './records';

export const DATABASE_NAME = 'bespoke';

/**
 * The extension's IndexedDB. Schema changes only by adding a `version(n)` with an upgrade
 * (never by editing an old version), each covered by a test that opens the previous version.
 */
export class BespokeDatabase extends Dexie {
  jobs!: EntityTable<JobRecord, 'id'>;
  resumes!: EntityTable<ResumeRecord, 'id'>;
  runs!: EntityTable<RunRecord, 'id'>;
  texPackages!: EntityTable<TexPackageRecord, 'name'>;
  memo!: EntityTable<MemoRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      jobs: 'id, contentHash, capturedAt, url, board',
      resumes: 'id, updatedAt, name',
    });
    // v2: tailoring history. Jobs gain an application status index (existing rows: "saved").
    this.version(2)
      .stores({
        jobs: 'id, contentHash, capturedAt, url, board, status',
        runs: 'id, startedAt, status, jobId, resumeId, cacheKey',
      })
      .upgrade((tx) =>
        tx
          .table('jobs')
          .toCollection()
          .modify((job: JobRecord) => {
            job.status ??= 'saved';
          }),
      );
    // v3: TeX Live packages the user fetched on demand (added to every compile).
    this.version(3).stores({ texPackages: 'name, fetchedAt' });
    // v4: results remembered by content hash (the compiled master, posting analyses). A cache:
    // nothing to carry over.
    this.version(4).stores({ memo: 'key, savedAt' });
  }
}

let shared: BespokeDatabase | undefined;

/** The database shared by one JavaScript context (background, side panel, …). */
export function getDatabase(): BespokeDatabase {
  shared ??= new BespokeDatabase();
  return shared;
}
