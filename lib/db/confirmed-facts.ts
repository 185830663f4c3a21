import { z } from 'zod';
import type { BespokeDatabase } from './database';
import type { ConfirmedFact, ResumeRecord } from './records';

const FactSchema = z.object({
  id: z.string().min(1).max(80),
  text: z.string().min(1).max(4000),
  claims: z.array(z.string().max(400)).max(50),
  segmentId: z.string().max(80),
  addedAt: z.number(),
});

/** The valid confirmed facts of a master (a backup may carry anything: bad entries are skipped). */
export function confirmedFactsOf(resume: Pick<ResumeRecord, 'confirmedFacts'> | undefined): ConfirmedFact[] {
  const list = Array.isArray(resume?.confirmedFacts) ? resume.confirmedFacts : [];
  return list.filter((f) => FactSchema.safeParse(f).success);
}

/**
 * Remembers facts the person confirmed for a master, once each (same text = same fact).
 * Returns how many were new. The resume's files and `updatedAt` are left alone: a confirmed
 * fact is not an edit of the master.
 */
export async function addConfirmedFacts(db: BespokeDatabase, resumeId: string, facts: Omit<ConfirmedFact, 'id' | 'addedAt'>[], now = Date.now()): Promise<number> {
  return db.transaction('rw', db.resumes, async () => {
    const resume = await db.resumes.get(resumeId);
    if (!resume) throw new Error('That resume is no longer stored.');
    const kept = confirmedFactsOf(resume);
    const known = new Set(kept.map((f) => f.text));
    const fresh = facts.filter((f) => f.text.trim() && !known.has(f.text) && known.add(f.text)).map((f) => ({ ...f, id: crypto.randomUUID(), addedAt: now }));
    if (fresh.length) await db.resumes.update(resumeId, { confirmedFacts: [...kept, ...fresh] });
    return fresh.length;
  });
}

/** Forgets one confirmed fact; later runs flag its claims again. */
export async function removeConfirmedFact(db: BespokeDatabase, resumeId: string, factId: string): Promise<void> {
  await db.transaction('rw', db.resumes, async () => {
    const resume = await db.resumes.get(resumeId);
    if (!resume) throw new Error('That resume is no longer stored.');
    await db.resumes.update(resumeId, { confirmedFacts: confirmedFactsOf(resume).filter((f) => f.id !== factId) });
  });
}
