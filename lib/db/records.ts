import type { ExtractedJob } from '@/lib/jobs/types';
import type { TexEngineName } from '@/lib/tex/engine-choice';
import type { FetchedTexPackage } from '@/lib/tex/tl-archive';

/**
 * A captured job posting as stored in the `jobs` table: the extracted fields (minus the
 * extraction's warnings) plus what the store and the user add.
 */
export interface JobRecord extends Omit<ExtractedJob, 'warnings'> {
  id: string;
  capturedAt: number;
  /** Set when the user edited the captured fields in the side panel. */
  editedAt?: number;
  /** SHA-256 of url + title + company + location + description: the same posting is stored once. */
  contentHash: string;
  /**
   * The hash as captured, kept through edits: capturing the same page again finds the posting
   * the user edited instead of adding an unedited copy that would hide the edits.
   */
  capturedHash?: string;
  /** The user's application status for this job. */
  status?: 'saved' | 'applied' | 'interview' | 'offer' | 'rejected';
  /** When the job reached each status (epoch ms), set as the status changes. */
  statusDates?: Partial<Record<'saved' | 'applied' | 'interview' | 'offer' | 'rejected', number>>;
  /** Search words of title, company and location (see job-words.ts); kept by the database's hooks. */
  words?: string[];
}

/** One file of a master resume project (the main .tex, .cls, .sty, images, fonts). */
export interface ResumeFile {
  path: string;
  /** Text files are stored as strings, binary files (images, fonts) as bytes. */
  content: string | Uint8Array;
}

/** A master resume: a LaTeX project the user imported. Tailoring never modifies it. */
export interface ResumeRecord {
  id: string;
  name: string;
  mainFile: string;
  files: ResumeFile[];
  createdAt: number;
  updatedAt: number;
  isDefault?: boolean;
  /** The TeX engine the person chose; absent = automatic (lib/tex/engine-choice.ts). Not indexed. */
  engine?: TexEngineName;
  /** Facts the person confirmed for this master ("This is true"): evidence for later runs. */
  confirmedFacts?: ConfirmedFact[];
}

/**
 * The last compile of a master, one per master (`compiles` table, v7). A failed one makes the
 * master a draft: the resume list says why and what to do, until a compile succeeds.
 */
export interface CompileRecord {
  resumeId: string;
  ok: boolean;
  at: number;
  /** The master's `updatedAt` when compiled: a result for older files says nothing about the current ones. */
  resumeUpdatedAt: number;
  /** It made its PDF despite LaTeX errors (`ok` is false: the errors are still to fix): usable, not a draft. */
  withErrors?: boolean;
  /** Why it failed, in one line (absent when it compiled). */
  reason?: string;
  /** The next step, in one line (absent when it compiled). */
  next?: string;
}

/** A rewrite the person confirmed as true, kept with its master so later runs do not flag it again. */
export interface ConfirmedFact {
  id: string;
  /** The confirmed sentence as printed (plain text). */
  text: string;
  /** The claims it carried when it was flagged ("40%", "led"). */
  claims: string[];
  /** The segment it was written for. */
  segmentId: string;
  addedAt: number;
}

/** Where a tailoring run is; `running` runs whose heartbeat stops are marked `failed`. */
export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** One progress line of a run, as the side panel lists it. */
export interface RunProgressLine {
  stage: string;
  status: 'start' | 'done' | 'skipped';
  ms?: number;
  message?: string;
}

/**
 * A tailoring run as stored in history: what went in, what came out, how it went. `report`
 * is the tailoring engine's serialisable run record (kept opaque here: the database knows no
 * tailoring types).
 */
export interface RunRecord {
  id: string;
  jobId: string;
  resumeId: string;
  status: RunStatus;
  startedAt: number;
  heartbeatAt: number;
  finishedAt?: number;
  provider: string;
  model: string | null;
  cacheKey?: string;
  progress: RunProgressLine[];
  error?: string;
  /** Why a failed run failed, when there is a next step for it (lib/runs/run-failure.ts). Not indexed. */
  failure?: RunFailure;
  report?: unknown;
  /** The tailored files (full text of each changed file). */
  files?: Record<string, string>;
  pdf?: Uint8Array | null;
  scoreBefore?: number;
  scoreAfter?: number | null;
  pages?: number | null;
  tokens?: { input: number; output: number };
  costUsd?: number | null;
  /** A cover letter written for the same posting, when the user asked for one. */
  coverLetter?: {
    tex: string;
    pdf: Uint8Array | null;
    paragraphs: { text: string; status: 'applied' | 'flagged'; claims: string[] }[];
    model: string;
  };
}

/** A TeX Live package fetched on demand (the bundle lacked it), kept for every later compile. */
export interface TexPackageRecord extends FetchedTexPackage {
  fetchedAt: number;
  /** Bytes of its files, for the settings list. */
  bytes: number;
}

/** One remembered result (see lib/tailor/pipeline/memo.ts); `key` holds a content hash. */
export interface MemoRecord {
  key: string;
  value: unknown;
  savedAt: number;
}

/** One line of the history list (see run-index.ts): a run's facts and its job's, no PDF. */
export interface RunIndexRecord {
  id: string;
  jobId: string;
  startedAt: number;
  status: RunStatus;
  provider: string;
  model: string | null;
  scoreBefore?: number;
  scoreAfter?: number | null;
  title: string | null;
  company: string | null;
  /** Search words of the job's title, company and location. */
  words: string[];
  applicationStatus: NonNullable<JobRecord['status']> | null;
  applicationStatusAt: number | null;
  /** When the job reached each application status (the board's timeline); absent on lines written before it was kept. */
  statusDates?: JobRecord['statusDates'];
  /** The job was deleted (or never stored). */
  jobMissing: boolean;
}

/** A failure with its own next step: the key in Settings, the provider's retry time, the offline tailor. */
export interface RunFailure {
  kind: 'bad-key' | 'no-access' | 'rate-limited' | 'quota' | 'model-not-found' | 'no-provider' | 'locked';
  /** The provider that answered (an LLM error). */
  provider?: string;
  /** When the provider said a retry may succeed (epoch ms), read from Retry-After or its rate-limit headers. */
  retryAt?: number;
}
