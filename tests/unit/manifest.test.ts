import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, any>;

function build(browser: 'chrome' | 'firefox'): Manifest {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { stdio: 'pipe', timeout: 120_000 });
  return JSON.parse(readFileSync(`.output/${browser}-mv3/manifest.json`, 'utf8'));
}

const BROAD = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

/** Builds both browsers' extensions and checks what each manifest asks of the user. */
describe('built manifests', () => {
  let chrome: Manifest;
  let firefox: Manifest;
  beforeAll(() => {
    chrome = build('chrome');
    firefox = build('firefox');
  }, 240_000);

  it('gives Chrome a side panel and Firefox a sidebar, with no Chrome-only permission in Firefox', () => {
    expect(chrome.side_panel?.default_path).toBe('sidepanel.html');
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome.sidebar_action).toBeUndefined();
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.browser_specific_settings?.gecko?.id).toBeTruthy();
  });

  it.each(['chrome', 'firefox'] as const)('%s: no broad host access at install; broad hosts only as optional', (name) => {
    const m = name === 'chrome' ? chrome : firefox;
    for (const pattern of m.host_permissions) expect(BROAD).not.toContain(pattern);
    for (const script of m.content_scripts) for (const pattern of script.matches) expect(BROAD).not.toContain(pattern);
    expect(m.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(m.permissions).not.toContain('tabs');
  });

  it.each(['chrome', 'firefox'] as const)('%s: extension pages may run WebAssembly and nothing else is relaxed', (name) => {
    const csp = (name === 'chrome' ? chrome : firefox).content_security_policy.extension_pages as string;
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
  });

  it('declares no runtime-registered capture script in the manifest (it is injected on demand)', () => {
    const files = chrome.content_scripts.flatMap((s: Manifest) => s.js);
    expect(files).not.toContain('content-scripts/capture.js');
    expect(files).toContain('content-scripts/job-board.js');
  });

  it.each(['chrome', 'firefox'] as const)('%s: the "tailor this job" shortcut is declared, on keys the browser does not take itself', (name) => {
    const command = (name === 'chrome' ? chrome : firefox).commands?.['tailor-current-job'];
    expect(command?.suggested_key?.default).toBe('Alt+Shift+Y');
    expect(command?.description).toMatch(/Tailor/);
  });
});
