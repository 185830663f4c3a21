import type { BespokeDatabase } from './database';
import type { CompileRecord, ResumeRecord } from './records';

/** How a compile ended, as stored: ok, or why not and what to do next. */
export type CompileOutcome = Pick<CompileRecord, 'ok' | 'withErrors' | 'reason' | 'next'>;

/**
 * Stores the last compile of a master. Said of the files that were compiled (`updatedAt`): a
 * compile that finishes after the files changed, or after the master was deleted, is dropped.
 */
export async function recordCompile(db: BespokeDatabase, compiled: Pick<ResumeRecord, 'id' | 'updatedAt'>, outcome: CompileOutcome, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.resumes, db.compiles, async () => {
    const resume = await db.resumes.get(compiled.id);
    if (!resume || resume.updatedAt !== compiled.updatedAt) return;
    const record: CompileRecord = { resumeId: compiled.id, ok: outcome.ok, at: now, resumeUpdatedAt: compiled.updatedAt };
    if (!outcome.ok) Object.assign(record, { reason: outcome.reason, next: outcome.next, ...(outcome.withErrors ? { withErrors: true } : {}) });
    await db.compiles.put(record);
  });
}

/** The failed last compile that makes `resume` a draft, or undefined (compiled, never compiled, or files changed since). */
export function draftOf(resume: Pick<ResumeRecord, 'id' | 'updatedAt'>, last: CompileRecord | undefined): CompileRecord | undefined {
  return last && last.resumeId === resume.id && !last.ok && last.resumeUpdatedAt === resume.updatedAt ? last : undefined;
}

/** Every master's last compile, by resume id (a few records: one per master). */
export async function lastCompiles(db: BespokeDatabase): Promise<Map<string, CompileRecord>> {
  return new Map((await db.compiles.toArray()).map((c) => [c.resumeId, c]));
}
