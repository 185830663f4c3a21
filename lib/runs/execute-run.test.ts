import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BespokeDatabase } from '@/lib/db/database';
import type { JobRecord, ResumeRecord } from '@/lib/db/records';
import { createTailorTexEngine } from '@/lib/tailor/node/tex-engine';
import { extractPdfTextNode } from '@/lib/tailor/node/pdf-text-node';
import type { TexCompiler } from '@/lib/tex/types';
import { executeRun } from './execute-run';

const MASTER = readFileSync('scripts/demo/sample-resume/resume.tex', 'utf8');
const resume: ResumeRecord = { id: 'r1', name: 'sample', mainFile: 'resume.tex', files: [{ path: 'resume.tex', content: MASTER }], createdAt: 1, updatedAt: 1 };
const job: JobRecord = {
  id: 'j1', url: 'https://boards.greenhouse.io/x/jobs/1', board: 'greenhouse', source: 'paste', title: 'Platform Engineer', company: 'Acme', location: null,
  description: 'Requirements\n• Kubernetes and Terraform on AWS\n• Go or Python\n• PostgreSQL\nNice to have\n• Kafka', capturedAt: 1, contentHash: 'h',
};

let compiler: TexCompiler;
let db: BespokeDatabase;
beforeAll(async () => {
  compiler = (await createTailorTexEngine()).compiler;
  db = new BespokeDatabase(`exec-${crypto.randomUUID()}`);
}, 120_000);
afterAll(() => db.delete());

describe('executeRun', () => {
  it('records a finished offline run with its progress, scores and PDF, and leaves the master as it was', async () => {
    const id = await executeRun({ db, resume, job, settings: { strength: 'keywords' }, compiler, pdfText: extractPdfTextNode });
    const run = await db.runs.get(id);
    expect(run).toMatchObject({ status: 'done', provider: 'offline', pages: 1 });
    expect(run!.progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['segment', 'compile-master', 'plan', 'compile', 'score']));
    expect(run!.pdf!.length).toBeGreaterThan(1000);
    expect(typeof run!.scoreBefore).toBe('number');
    expect(resume.files[0].content).toBe(MASTER);
  }, 120_000);

  it('offers the recorded run again for the same inputs', async () => {
    const [first] = await db.runs.toArray();
    const id = await executeRun({ db, resume, job, settings: { strength: 'keywords' }, compiler, pdfText: extractPdfTextNode });
    const run = await db.runs.get(id);
    expect(run!.status).toBe('done');
    // Nothing was compiled again: the history's result was reused.
    expect(run!.progress.some((p) => p.stage === 'compile-master')).toBe(false);
    expect(Array.from(run!.pdf!)).toEqual(Array.from(first.pdf!));
  }, 120_000);

  it('records a posting without a description as failed, with the reason', async () => {
    const id = await executeRun({ db, resume, job: { ...job, description: null }, settings: { strength: 'keywords' }, compiler, pdfText: extractPdfTextNode });
    expect(await db.runs.get(id)).toMatchObject({ status: 'failed', error: expect.stringContaining('no description') });
  });

  it('records a cancelled run as cancelled, never as running', async () => {
    const controller = new AbortController();
    controller.abort();
    const id = await executeRun({ db, resume, job, settings: { strength: 'full', force: true }, compiler, pdfText: extractPdfTextNode, signal: controller.signal });
    expect((await db.runs.get(id))!.status).toBe('cancelled');
  });
});
