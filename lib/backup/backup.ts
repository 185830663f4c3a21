import { z } from 'zod';
import type { BespokeDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord, RunRecord } from '@/lib/db/records';
import { defaultProfileItem, priceOverridesItem, profilesItem } from '@/lib/settings/storage-items';
import { ProviderProfileSchema } from '@/lib/settings/schema';
import { parseWithBytes, stringifyWithBytes } from './bytes-json';

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
  jobs: number;
  resumes: number;
  runs: number;
  profiles: number;
}

/**
 * Reads a backup and merges it in: records are added or replaced by id, nothing else is
 * deleted. A malformed file is refused whole, before anything is written.
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
  await db.transaction('rw', db.jobs, db.resumes, db.runs, async () => {
    await db.jobs.bulkPut(data.jobs as unknown as JobRecord[]);
    await db.resumes.bulkPut(data.resumes as unknown as ResumeRecord[]);
    await db.runs.bulkPut(data.runs as unknown as RunRecord[]);
  });
  const existing = await profilesItem.getValue();
  const byId = new Map(existing.map((p) => [p.id, p]));
  for (const p of data.settings.profiles) byId.set(p.id, p);
  await profilesItem.setValue([...byId.values()]);
  if (data.settings.defaultProfile && !(await defaultProfileItem.getValue())) await defaultProfileItem.setValue(data.settings.defaultProfile);
  await priceOverridesItem.setValue({ ...(await priceOverridesItem.getValue()), ...(data.settings.priceOverrides as object) });
  return { jobs: data.jobs.length, resumes: data.resumes.length, runs: data.runs.length, profiles: data.settings.profiles.length };
}
