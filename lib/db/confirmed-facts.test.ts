import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addConfirmedFacts, confirmedFactsOf, removeConfirmedFact } from './confirmed-facts';
import { BespokeDatabase } from './database';
import { addResume } from './resumes';

let db: BespokeDatabase;
beforeEach(() => {
  db = new BespokeDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const project = { name: 'CV', mainFile: 'cv.tex', files: [{ path: 'cv.tex', content: '\\documentclass{article}\\begin{document}x\\end{document}' }] };
const fact = (text: string) => ({ text, claims: ['40%'], segmentId: 'b3' });

describe('confirmed facts of a master', () => {
  it('are stored with the resume once each, without touching its files or updatedAt, and can be removed', async () => {
    const id = await addResume(db, project, 5);
    expect(await addConfirmedFacts(db, id, [fact('Cut reporting time by 40%'), fact('Cut reporting time by 40%')], 9)).toBe(1);
    expect(await addConfirmedFacts(db, id, [fact('Cut reporting time by 40%'), fact('Led the lab')], 10)).toBe(1);
    const stored = await db.resumes.get(id);
    expect(stored!.updatedAt).toBe(5);
    expect(stored!.files).toEqual(project.files);
    const facts = confirmedFactsOf(stored);
    expect(facts.map((f) => [f.text, f.addedAt])).toEqual([['Cut reporting time by 40%', 9], ['Led the lab', 10]]);
    await removeConfirmedFact(db, id, facts[0].id);
    expect(confirmedFactsOf(await db.resumes.get(id)).map((f) => f.text)).toEqual(['Led the lab']);
  });

  it('ignores malformed entries (from an old or hand-edited backup) and refuses an unknown resume', async () => {
    expect(confirmedFactsOf({ confirmedFacts: [{ id: 'x' } as never, { id: 'y', text: 'ok', claims: [], segmentId: 'b1', addedAt: 1 }] }).map((f) => f.id)).toEqual(['y']);
    expect(confirmedFactsOf(undefined)).toEqual([]);
    await expect(addConfirmedFacts(db, 'nope', [fact('x')])).rejects.toThrow(/no longer stored/);
  });
});
