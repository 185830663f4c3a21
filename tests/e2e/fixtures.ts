import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from the machine notes: no background traffic to hosts this sandbox cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium with the built extension loaded; headless unless HEADED=1. */
export async function launchWithExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'bespoke-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: process.env.HEADED !== '1',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (waits for it on a fresh profile). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{}, { extension: { context: BrowserContext; extensionId: string; worker: Worker } }>({
  extension: [
    async ({}, use) => {
      const { context, close } = await launchWithExtension();
      const worker = await extensionWorker(context);
      const extensionId = new URL(worker.url()).host;
      await use({ context, extensionId, worker });
      await close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
