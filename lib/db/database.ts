import Dexie, { type EntityTable } from 'dexie';
import { jobWords } from './job-words';
import type { CompileRecord, JobRecord, MemoRecord, ResumeRecord, RunIndexRecord, RunRecord, TexPackageRecord } from './records';
import { runIndexRecord } from './run-index-record';

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
  runIndex!: EntityTable<RunIndexRecord, 'id'>;
  compiles!: EntityTable<CompileRecord, 'resumeId'>;

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
    // v6: history that scales. `runIndex` holds one small line per run (what the history list
    // shows and searches), so the list never reads runs with their PDFs; runs get a compound
    // index for one job's runs; jobs a multi-entry `words` index. Filled from what is stored.
    this.version(6)
      .stores({
        jobs: 'id, contentHash, capturedAt, url, board, status, *words',
        runs: 'id, startedAt, status, jobId, resumeId, cacheKey, [jobId+startedAt]',
        runIndex: 'id, startedAt, jobId',
      })
      .upgrade(async (tx) => {
        const jobs = new Map<string, JobRecord>();
        await tx
          .table('jobs')
          .toCollection()
          .modify((job: JobRecord) => {
            job.words = jobWords(job);
            job.status ??= 'saved';
            jobs.set(job.id, { ...job });
          });
        const lines: RunIndexRecord[] = [];
        await tx
          .table('runs')
          .toCollection()
          .each((run: RunRecord) => {
            lines.push(runIndexRecord(run, jobs.get(run.jobId)));
          });
        await tx.table('runIndex').bulkPut(lines);
      });
    // v7: the last compile of each master (drafts: masters whose last compile failed). Nothing
    // to carry over: a master compiled before is a draft only once it fails again.
    this.version(7).stores({ compiles: 'resumeId' });
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
