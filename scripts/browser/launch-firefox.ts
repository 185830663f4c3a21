import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The add-on's internal UUID, fixed through Firefox's own preference so tests can open its
 * pages (Firefox otherwise picks a random one per profile).
 */
export const EXTENSION_UUID = '6f1c1a52-6b3e-4f5e-9d7a-2a4b6c8d0e11';

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The add-on id from the built manifest (`browser_specific_settings.gecko.id`). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id as string;
}

/**
 * Launches Debian's firefox-esr through Puppeteer (WebDriver BiDi) and installs the built
 * add-on as a temporary add-on, as `about:debugging` → Load Temporary Add-on does.
 */
export async function launchFirefoxWithExtension(options: { headless?: boolean; prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr).`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    // Lets BiDi open moz-extension:// pages (refused to remote control by default).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      // The sandbox has no network: no update checks, telemetry or captive-portal probes.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page in `page`. BiDi does not report navigations into an add-on's
 * process, so the load is awaited from inside the page rather than through `goto`.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const navigate = () => page.goto(url).catch(() => undefined);
  void navigate();
  let navigatedAt = Date.now();
  const deadline = navigatedAt + 45_000;
  for (;;) {
    try {
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 100, timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (err) {
      // Firefox's remote agent can fail an evaluation made while the page is being replaced
      // ("Protocol error (script.evaluate)"): that is the navigation under way, so ask again.
      // On a loaded machine the tab can also be left without a window ("got null") for good:
      // after a few seconds of that, navigate again rather than wait out the deadline.
      const said = `${String(err)} ${String((err as { cause?: unknown }).cause ?? '')}`;
      if (!/Protocol error/.test(said) || Date.now() >= deadline) throw err;
      if (Date.now() - navigatedAt > REGOTO_AFTER_MS) {
        void navigate();
        navigatedAt = Date.now();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** How long evaluations may keep failing before the page is navigated again. */
const REGOTO_AFTER_MS = 5_000;
