import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/browser/launch-firefox';

/**
 * One firefox-esr with the built add-on per test file (a worker-scoped fixture); a file may set
 * Firefox preferences with `test.use({ firefoxPrefs })`.
 */
export const test = base.extend<{}, { firefox: FirefoxWithExtension; firefoxPrefs: Record<string, string | number | boolean> }>({
  firefoxPrefs: [{}, { scope: 'worker', option: true }],
  firefox: [
    async ({ firefoxPrefs }, use) => {
      const firefox = await launchFirefoxWithExtension({ headless: process.env.HEADED !== '1', prefs: firefoxPrefs });
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

/** Open tabs showing `url` (asked from inside each page: BiDi may not report add-on navigations). */
export async function panelTabs(firefox: FirefoxWithExtension, url: string): Promise<Page[]> {
  const pages = await firefox.browser.pages();
  const hrefs = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
  return pages.filter((_, i) => hrefs[i] === url);
}

/** A new tab showing one of the add-on's pages (`sidepanel.html`, `options.html` …). */
export async function openExtensionPage(firefox: FirefoxWithExtension, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await gotoExtensionPage(page, firefox.extensionUrl(path));
  return page;
}

/**
 * Serves a saved page at its real board URL in `page`, so the add-on's real match patterns
 * apply; every other request is refused (no network here, and the test must not need one).
 */
export async function servePageAt(page: Page, url: string, file: string): Promise<void> {
  const html = readFileSync(file);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      void request.abort();
    }
  });
}

/** Value of a form field, attribute or text, read from inside the page (BiDi has no auto-waiting locators here). */
export async function read(page: Page, selector: string, what: 'value' | 'text' | `@${string}`): Promise<string | null> {
  return page.$eval(selector, (el, w) => {
    if (w === 'value') return (el as HTMLInputElement).value;
    if (w === 'text') return el.textContent;
    return el.getAttribute(w.slice(1));
  }, what).catch(() => null);
}

// Firefox's BiDi has no accessibility-tree queries, so elements are found by their text or
// label from inside the page, then clicked or typed into with real input events.

/** Waits for the first element matching `css` (inside `scope`) whose text starts with `text`. */
export async function byText(page: Page, css: string, text: string, scope = 'body'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (s, c, t) => [...(document.querySelector(s)?.querySelectorAll(c) ?? [])].find((e) => (e.textContent ?? '').trim().startsWith(t)),
    { timeout: 30_000 }, scope, css, text,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** Waits for the form control labelled `label` (a <label> or aria-label) inside `scope`. */
export async function byLabel(page: Page, label: string, scope = 'body'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (s, l) => {
      const root = document.querySelector(s);
      const viaLabel = [...(root?.querySelectorAll('label') ?? [])].find((e) => (e.textContent ?? '').trim().startsWith(l));
      return (viaLabel as HTMLLabelElement | undefined)?.control ?? viaLabel?.querySelector('input, select, textarea') ?? root?.querySelector(`[aria-label="${l}"]`);
    },
    { timeout: 30_000 }, scope, label,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** Types `value` into the control labelled `label` (after clearing it). */
export async function fill(page: Page, label: string, value: string, scope = 'body'): Promise<void> {
  const input = await byLabel(page, label, scope);
  await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
  await input.type(value);
}

/** Clicks the tab of the side panel named `name`. */
export async function clickTab(page: Page, name: string): Promise<void> {
  await (await byText(page, '[role=tab]', name)).click();
}

/** Clicks the button whose text starts with `name`. */
export async function clickButton(page: Page, name: string, scope = 'body'): Promise<void> {
  await (await byText(page, 'button', name, scope)).click();
}

/** Pastes a posting in the Job tab (the description set as React expects a user's typing: key by key is slow). */
export async function pastePosting(page: Page, posting: { title: string; company: string; description: string }): Promise<void> {
  await clickTab(page, 'Job');
  await clickButton(page, 'Paste description');
  await fill(page, 'Title', posting.title, '[data-testid=paste-job]');
  await fill(page, 'Company', posting.company, '[data-testid=paste-job]');
  await page.$eval('[data-testid=paste-description]', (el, text) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, posting.description);
  await clickButton(page, 'Use this description', '[data-testid=paste-job]');
}
