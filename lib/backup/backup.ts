import type { Table } from 'dexie';
import { z } from 'zod';
import { rebuildRunIndex } from '@/lib/db/run-index';
import type { BespokeDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { normaliseProjectPath } from '@/lib/resumes/import-project';
import { keyOrigin, loadBindings } from '@/lib/settings/key-store';
import { ProviderProfileSchema, type ProviderProfile } from '@/lib/settings/schema';
import { defaultProfileItem, priceOverridesItem, profilesItem } from '@/lib/settings/storage-items';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import { parseWithBytes, stringifyWithBytes } from './bytes-json';
import { mergeByNewest, type MergeKind } from './merge';

export const BACKUP_FORMAT = 'bespoke-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing: a backup of resumes and PDFs is far smaller. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Raised when a backup cannot be read; `message` tells the user why. Nothing is imported then. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  jobs: z.array(z.object({ id: z.string(), url: z.string(), capturedAt: z.number(), contentHash: z.string() }).passthrough()),
  resumes: z.array(
    z.object({ id: z.string(), name: z.string(), mainFile: z.string(), files: z.array(z.object({ path: z.string(), content: z.union([z.string(), z.instanceof(Uint8Array)]) })) }).passthrough(),
  ),
  runs: z.array(z.object({ id: z.string(), jobId: z.string(), resumeId: z.string(), status: z.string(), startedAt: z.number() }).passthrough()),
  settings: z.object({
    profiles: z.array(ProviderProfileSchema),
    defaultProfile: z.string().nullable(),
    priceOverrides: z.record(z.string(), z.unknown()),
  }),
});

/**
 * Everything a user would miss after reinstalling: resumes, postings, history, provider
 * settings and prices — never API keys, which stay on this device.
 */
export async function exportBackup(db: BespokeDatabase, now = new Date()): Promise<string> {
  const [jobs, resumes, runs, profiles, defaultProfile, priceOverrides] = await Promise.all([
    db.jobs.toArray(),
    db.resumes.toArray(),
    db.runs.toArray(),
    profilesItem.getValue(),
    defaultProfileItem.getValue(),
    priceOverridesItem.getValue(),
  ]);
  return stringifyWithBytes({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), jobs, resumes, runs, settings: { profiles, defaultProfile, priceOverrides } });
}

export interface ImportSummary {
  /** Records written (added or replaced by a newer copy), by kind. */
  jobs: number;
  resumes: number;
  runs: number;
  profiles: number;
  /** Records with an id already here that were left as they are. */
  kept: number;
  /** Where both copies differed, which one won and why. */
  conflicts: string[];
}

const stampOrZero = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
const JOBS: MergeKind<JobRecord> = { noun: 'Posting', stamp: (j) => Math.max(stampOrZero(j.editedAt), stampOrZero(j.capturedAt)), label: (j) => j.title ?? j.url };
const RESUMES: MergeKind<ResumeRecord> = { noun: 'Resume', stamp: (r) => stampOrZero(r.updatedAt), label: (r) => r.name };
const RUNS: MergeKind<RunRecord> = { noun: 'Run', stamp: (r) => Math.max(stampOrZero(r.finishedAt), stampOrZero(r.heartbeatAt), stampOrZero(r.startedAt)), label: (r) => new Date(stampOrZero(r.startedAt)).toISOString() };
const PROFILES: MergeKind<ProviderProfile> = { noun: 'Provider setting', stamp: (p) => stampOrZero(p.updatedAt), label: (p) => p.label };

/** Resume paths must stay inside the project, and the main file must be one pdfTeX reads safely. */
function checkResumePaths(resumes: z.infer<typeof BackupSchema>['resumes']): void {
  for (const r of resumes) {
    try {
      for (const f of r.files) if (normaliseProjectPath(f.path) !== f.path) throw new Error(`"${f.path}" is not a clean project path.`);
    } catch (err) {
      throw new BackupError(`The resume "${r.name}" in this backup has a file outside its project: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    if (new Set(r.files.map((f) => f.path)).size !== r.files.length) throw new BackupError(`The resume "${r.name}" in this backup lists a file twice.`);
    if (!r.files.some((f) => f.path === r.mainFile)) throw new BackupError(`The resume "${r.name}" in this backup has no main file ${r.mainFile}.`);
    const badName = mainFileNameProblem(r.mainFile);
    if (badName) throw new BackupError(`The resume "${r.name}" in this backup: ${badName}`);
  }
}

/**
 * A stored key stays bound to where it was tested: a backup never changes the provider or the
 * origin of a profile whose key is on this device (it would send the key elsewhere).
 */
async function keyGuard(): Promise<(mine: ProviderProfile, theirs: ProviderProfile) => string | null> {
  const bindings = await loadBindings();
  return (mine, theirs) => {
    if (!bindings[mine.id]) return null;
    const moved = mine.provider !== theirs.provider || keyOrigin(mine.provider, mine.baseUrl) !== keyOrigin(theirs.provider, theirs.baseUrl);
    return moved ? 'the backup would send its API key to another provider or address.' : null;
  };
}

/** Refuses an oversized file by its size, before reading any of it; then imports it. */
export async function importBackupFile(db: BespokeDatabase, file: Blob): Promise<ImportSummary> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError(`The file is ${(file.size / 1048576).toFixed(0)} MB; a Bespoke backup is never that large.`);
  return importBackup(db, new Uint8Array(await file.arrayBuffer()));
}

/**
 * Reads a backup and merges it in by id, newest copy first; nothing is deleted and the merge
 * reports every conflict. A malformed file (bad JSON, wrong shape, paths outside a project)
 * is refused whole, before anything is written.
 */
export async function importBackup(db: BespokeDatabase, file: Uint8Array): Promise<ImportSummary> {
  if (file.length > MAX_BACKUP_BYTES) throw new BackupError(`The file is ${(file.length / 1048576).toFixed(0)} MB; a Bespoke backup is never that large.`);
  let data: z.infer<typeof BackupSchema>;
  try {
    const parsed = BackupSchema.safeParse(parseWithBytes(new TextDecoder('utf-8', { fatal: true }).decode(file)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BackupError(`This is not a Bespoke backup this version can read (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
    }
    data = parsed.data;
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError('This file is not a Bespoke backup (it is not valid JSON text).', { cause: err });
  }
  checkResumePaths(data.resumes);
  const conflicts: string[] = [];
  let kept = 0;
  const written = { jobs: 0, resumes: 0, runs: 0 };
  await db.transaction('rw', db.jobs, db.resumes, db.runs, async () => {
    const merge = async <T extends { id: string }>(table: Table<T, string>, kind: MergeKind<T>, incoming: T[], key: keyof typeof written) => {
      const local = (await table.bulkGet(incoming.map((r) => r.id))).filter((r): r is T => r !== undefined);
      const m = mergeByNewest(kind, local, incoming);
      await table.bulkPut(m.write);
      written[key] = m.write.length;
      kept += m.counts.kept;
      conflicts.push(...m.conflicts);
    };
    await merge(db.jobs as unknown as Table<JobRecord, string>, JOBS, data.jobs as unknown as JobRecord[], 'jobs');
    await merge(db.resumes as unknown as Table<ResumeRecord, string>, RESUMES, data.resumes as unknown as ResumeRecord[], 'resumes');
    await merge(db.runs as unknown as Table<RunRecord, string>, RUNS, data.runs as unknown as RunRecord[], 'runs');
  });
  // The history list's lines follow the merged runs and jobs.
  await rebuildRunIndex(db);
  const profiles = mergeByNewest(PROFILES, await profilesItem.getValue(), data.settings.profiles, await keyGuard());
  const byId = new Map((await profilesItem.getValue()).map((p) => [p.id, p]));
  for (const p of profiles.write) byId.set(p.id, p);
  await profilesItem.setValue([...byId.values()]);
  kept += profiles.counts.kept;
  conflicts.push(...profiles.conflicts);
  if (data.settings.defaultProfile && !(await defaultProfileItem.getValue())) await defaultProfileItem.setValue(data.settings.defaultProfile);
  await priceOverridesItem.setValue({ ...(await priceOverridesItem.getValue()), ...(data.settings.priceOverrides as object) });
  return { ...written, profiles: profiles.write.length, kept, conflicts };
}
