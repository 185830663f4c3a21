import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from '@/lib/db/database';
import { defaultProfileItem, keyVaultItem, profilesItem } from '@/lib/settings/storage-items';
import { BackupError, exportBackup, importBackup } from './backup';

const KEY = 'sk-live-never-export-9d8c7b';
let source: BespokeDatabase;
let target: BespokeDatabase;

beforeEach(async () => {
  source = new BespokeDatabase(`backup-src-${crypto.randomUUID()}`);
  target = new BespokeDatabase(`backup-dst-${crypto.randomUUID()}`);
  await source.jobs.add({ id: 'j1', url: 'https://jobs.lever.co/acme/1', board: 'lever', source: 'jsonld', title: 'SRE', company: 'Acme', location: null, description: 'Run Kubernetes.', capturedAt: 5, contentHash: 'h1' });
  await source.resumes.add({ id: 'r1', name: 'CV', mainFile: 'cv.tex', createdAt: 1, updatedAt: 1, files: [
    { path: 'cv.tex', content: '\\documentclass{article}\\begin{document}x\\end{document}' },
    { path: 'me.png', content: new Uint8Array([137, 80, 78, 71, 0, 255]) },
  ] });
  await source.runs.add({ id: 'run1', jobId: 'j1', resumeId: 'r1', status: 'done', startedAt: 9, heartbeatAt: 9, provider: 'openai', model: 'gpt-4o-mini', progress: [], pdf: new Uint8Array([37, 80, 68, 70]) });
  await profilesItem.setValue([{ id: 'p1', label: 'Work', provider: 'openai', model: 'gpt-4o-mini', createdAt: 1, updatedAt: 1 }]);
  await defaultProfileItem.setValue('p1');
  await keyVaultItem.setValue({ mode: 'plain', keys: { p1: KEY } });
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

describe('backup', () => {
  it('exports resumes, postings, history and settings, but never a key', async () => {
    const text = await exportBackup(source);
    expect(text).not.toContain(KEY);
    expect(text).toContain('"Work"');
  });

  it('round-trips everything, binary files included, into another database', async () => {
    const file = new TextEncoder().encode(await exportBackup(source));
    await profilesItem.setValue([]);
    const summary = await importBackup(target, file);
    expect(summary).toEqual({ jobs: 1, resumes: 1, runs: 1, profiles: 1 });
    const resume = await target.resumes.get('r1');
    expect(Array.from(resume!.files[1].content as Uint8Array)).toEqual([137, 80, 78, 71, 0, 255]);
    expect(Array.from((await target.runs.get('run1'))!.pdf!)).toEqual([37, 80, 68, 70]);
    expect((await profilesItem.getValue()).map((p) => p.label)).toEqual(['Work']);
  });

  it('refuses a malformed file whole, writing nothing', async () => {
    const good = JSON.parse(await exportBackup(source));
    good.resumes[0].files = 'not a list';
    await expect(importBackup(target, new TextEncoder().encode(JSON.stringify(good)))).rejects.toThrow(BackupError);
    await expect(importBackup(target, new TextEncoder().encode('{"format": "bespoke-backup"'))).rejects.toThrow(/not valid JSON/);
    await expect(importBackup(target, new Uint8Array([0xff, 0xfe, 0x00]))).rejects.toThrow(BackupError);
    expect(await target.jobs.count()).toBe(0);
    expect(await target.resumes.count()).toBe(0);
  });
});
