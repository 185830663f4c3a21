import Dexie, { type EntityTable } from 'dexie';
import { jobWords } from './job-words';
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
    // v6: history that scales. Runs get compound indexes so the history list, its filters and
    // one job's runs are key-only index scans (a run's PDF is read only when it is shown);
    // jobs get a multi-entry `words` index for search, filled for the jobs already stored.
    this.version(6)
      .stores({
        jobs: 'id, contentHash, capturedAt, url, board, status, *words',
        runs: 'id, startedAt, status, jobId, resumeId, cacheKey, [jobId+startedAt], [status+startedAt]',
      })
      .upgrade((tx) =>
        tx
          .table('jobs')
          .toCollection()
          .modify((job: JobRecord) => {
            job.words = jobWords(job);
            job.status ??= 'saved';
          }),
      );
    // Every writer of jobs (capture, edits, backup import) keeps the search words current.
    this.jobs.hook('creating', (_key, job) => {
      job.words = jobWords(job);
      // Every job has a status, so the status index finds the saved ones too.
      job.status ??= 'saved';
    });
    this.jobs.hook('updating', (changes, _key, job) => {
      const c = changes as Partial<JobRecord>;
      if (!('title' in c || 'company' in c || 'location' in c)) return undefined;
      return { words: jobWords({ ...job, ...c }) };
    });
  }
}

let shared: BespokeDatabase | undefined;

/** The database shared by one JavaScript context (background, side panel, …). */
export function getDatabase(): BespokeDatabase {
  shared ??= new BespokeDatabase();
  return shared;
}
