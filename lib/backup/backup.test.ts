import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from '@/lib/db/database';
import { defaultProfileItem, keyVaultItem, profilesItem } from '@/lib/settings/storage-items';
import { saveBindings } from '@/lib/settings/key-store';
import { BackupError, exportBackup, importBackup, importBackupFile, MAX_BACKUP_BYTES } from './backup';

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
    expect(summary).toEqual({ jobs: 1, resumes: 1, runs: 1, profiles: 1, kept: 0, conflicts: [] });
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

describe('B1: import merges by newest and says so', () => {
  const encode = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
  const backupWith = async (edit: (b: any) => void) => { const b = JSON.parse(await exportBackup(source)); edit(b); return encode(b); };

  it('never replaces a newer copy on this device; replaces an older one; reports both', async () => {
    await target.resumes.add({ id: 'r1', name: 'CV edited here', mainFile: 'cv.tex', createdAt: 1, updatedAt: 50, files: [{ path: 'cv.tex', content: 'newer' }] });
    await target.jobs.add({ id: 'j1', url: 'https://jobs.lever.co/acme/1', board: 'lever', source: 'jsonld', title: 'SRE (old)', company: 'Acme', location: null, description: 'x', capturedAt: 1, contentHash: 'h0' });
    const summary = await importBackup(target, new TextEncoder().encode(await exportBackup(source)));
    expect((await target.resumes.get('r1'))!.name).toBe('CV edited here');
    expect((await target.jobs.get('j1'))!.title).toBe('SRE');
    expect(summary).toMatchObject({ resumes: 0, jobs: 1, runs: 1, kept: 2 }); // the resume, and the identical provider setting
    expect(summary.conflicts).toEqual(expect.arrayContaining([expect.stringMatching(/Resume "CV edited here": kept this device's copy/), expect.stringMatching(/Posting "SRE \(old\)": replaced by the backup's newer copy/)]));
  });

  it('a record listed twice counts once, its newest copy wins', async () => {
    const file = await backupWith((b) => { b.resumes.push({ ...b.resumes[0], name: 'CV v2', updatedAt: 99 }); });
    const summary = await importBackup(target, file);
    expect(summary.resumes).toBe(1);
    expect((await target.resumes.get('r1'))!.name).toBe('CV v2');
  });

  it('refuses paths outside a project and unsafe main files, writing nothing', async () => {
    for (const edit of [
      (b: any) => { b.resumes[0].files[1].path = '../../etc/passwd'; },
      (b: any) => { b.resumes[0].files[1].path = '/abs/me.png'; },
      (b: any) => { b.resumes[0].files[1].path = 'cv.tex'; },
      (b: any) => { b.resumes[0].mainFile = 'missing.tex'; },
      (b: any) => { b.resumes[0].files[0].path = '-cnf-line=x.tex'; b.resumes[0].mainFile = '-cnf-line=x.tex'; },
    ]) {
      await expect(importBackup(target, await backupWith(edit))).rejects.toThrow(BackupError);
    }
    expect(await target.resumes.count()).toBe(0);
    expect(await target.jobs.count()).toBe(0);
  });

  it('checks the size before reading the file', async () => {
    let read = false;
    const huge = { size: MAX_BACKUP_BYTES + 1, arrayBuffer: async () => { read = true; return new ArrayBuffer(0); } } as unknown as Blob;
    await expect(importBackupFile(target, huge)).rejects.toThrow(/never that large/);
    expect(read).toBe(false);
  });

  it('K2: never changes where a stored key is sent', async () => {
    await saveBindings({ p1: { provider: 'openai', origin: 'https://api.openai.com' } });
    const file = await backupWith((b) => { b.settings.profiles[0] = { ...b.settings.profiles[0], provider: 'custom', baseUrl: 'https://attacker.example/v1', updatedAt: 9_999_999 }; });
    const summary = await importBackup(target, file);
    const [kept] = await profilesItem.getValue();
    expect([kept.provider, kept.baseUrl]).toEqual(['openai', undefined]);
    expect(summary.conflicts.join(' ')).toMatch(/API key/);
  });
});
