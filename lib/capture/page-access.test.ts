import { describe, expect, it } from 'vitest';
import { plainCaptureError, unreadablePageReason } from './page-access';

describe('unreadablePageReason', () => {
  it('explains browser pages and the web stores in plain words', () => {
    expect(unreadablePageReason('chrome://extensions/')).toMatch(/browser’s own pages/);
    expect(unreadablePageReason('about:addons')).toMatch(/browser’s own pages/);
    expect(unreadablePageReason('https://chromewebstore.google.com/detail/x')).toMatch(/add-on store/);
    expect(unreadablePageReason('https://addons.mozilla.org/en-US/firefox/')).toMatch(/add-on store/);
    expect(unreadablePageReason('file:///home/me/job.html')).toMatch(/file URLs/);
    expect(unreadablePageReason(undefined)).toMatch(/no page/);
  });

  it('lets ordinary web pages through', () => {
    expect(unreadablePageReason('https://www.linkedin.com/jobs/view/1')).toBeNull();
    expect(unreadablePageReason('http://127.0.0.1:8080/job.html')).toBeNull();
  });
});

describe('plainCaptureError', () => {
  it('replaces Chrome’s raw refusal', () => {
    const raw = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(plainCaptureError(raw, 'chrome://newtab/')).toMatch(/browser’s own pages/);
    expect(plainCaptureError(raw, 'https://example.com/')).toMatch(/did not let Bespoke read this page/);
    expect(plainCaptureError('The posting has no description.')).toBe('The posting has no description.');
  });
});
