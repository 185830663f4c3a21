import { jobWords } from './job-words';
import type { JobRecord, RunIndexRecord, RunRecord } from './records';

/**
 * The history's own small table: one line per run with what the list shows and searches
 * (role, company, words, scores, application status). A run record carries its PDF, files and
 * report (tens of KB); reading 5,000 of them to draw a list costs seconds, this table
 * milliseconds. Written wherever those facts change: a run starts or ends, a job is edited or
 * changes status, runs are deleted or imported.
 */
export function runIndexRecord(run: Pick<RunRecord, 'id' | 'jobId' | 'startedAt' | 'status' | 'provider' | 'model' | 'scoreBefore' | 'scoreAfter'>, job: JobRecord | undefined): RunIndexRecord {
  const status = job?.status ?? 'saved';
  return {
    id: run.id,
    jobId: run.jobId,
    startedAt: run.startedAt,
    status: run.status,
    provider: run.provider,
    model: run.model,
    scoreBefore: run.scoreBefore,
    scoreAfter: run.scoreAfter,
    title: job ? job.title : null,
    company: job ? job.company : null,
    words: job ? jobWords(job) : [],
    applicationStatus: job ? status : null,
    applicationStatusAt: job?.statusDates?.[status] ?? null,
    statusDates: job?.statusDates ?? {},
    jobMissing: !job,
  };
}

/** The job's facts as every index line of its runs repeats them. */
export function jobFacts(job: JobRecord): Pick<RunIndexRecord, 'title' | 'company' | 'words' | 'applicationStatus' | 'applicationStatusAt' | 'statusDates' | 'jobMissing'> {
  const status = job.status ?? 'saved';
  return { title: job.title, company: job.company, words: jobWords(job), applicationStatus: status, applicationStatusAt: job.statusDates?.[status] ?? null, statusDates: job.statusDates ?? {}, jobMissing: false };
}

