import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BespokeDatabase } from '@/lib/db/database';
import type { ExtractedJob } from '@/lib/jobs/types';
import { autoTailorItem, panelTabRequestItem } from './panel-tab';
import { onTailorCommand } from './tailor-command';

let db: BespokeDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new BespokeDatabase(`command-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const posting: ExtractedJob = {
  url: 'https://boards.greenhouse.io/acme/jobs/1', board: 'greenhouse', source: 'jsonld',
  title: 'Platform Engineer', company: 'Acme', location: 'Berlin', description: 'Run Kubernetes clusters and write Go services.', warnings: [],
};

describe('the "tailor this job" shortcut', () => {
  it('opens the panel before anything else, stores the posting and asks the panel to tailor it', async () => {
    const steps: string[] = [];
    const done = onTailorCommand(7, {
      database: async () => db,
      capture: async (tabId) => { steps.push(`capture ${tabId}`); return posting; },
      openPanel: async (tabId) => { steps.push(`open ${tabId}`); },
    });
    // Synchronously, before the first await: the shortcut's user gesture is still there.
    expect(steps).toEqual(['open 7']);
    await done;
    expect(steps).toEqual(['open 7', 'capture 7']);
    const request = await autoTailorItem.getValue();
    const stored = await db.jobs.get(request!.jobId);
    expect(stored).toMatchObject({ title: 'Platform Engineer', company: 'Acme' });
    expect(Date.now() - request!.at).toBeLessThan(5_000);
    expect(await panelTabRequestItem.getValue()).toBe('tailor');
  });

  it('opens the Job tab and tailors nothing when the page has no usable posting', async () => {
    await autoTailorItem.setValue({ jobId: 'older', at: Date.now() });
    await onTailorCommand(3, { database: async () => db, capture: async () => ({ ...posting, description: null, descriptionProblem: 'missing' }), openPanel: async () => {} });
    expect(await autoTailorItem.getValue()).toBeNull();
    expect(await panelTabRequestItem.getValue()).toBe('job');
    expect(await db.jobs.count()).toBe(0);
  });

  it('opens the Job tab when the page cannot be read at all', async () => {
    await onTailorCommand(3, { database: async () => db, capture: async () => { throw new Error('Cannot access a chrome:// URL'); }, openPanel: async () => {} });
    expect(await panelTabRequestItem.getValue()).toBe('job');
    expect(await autoTailorItem.getValue()).toBeNull();
  });
});
