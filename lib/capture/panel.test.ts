import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel } from './panel';

afterEach(() => {
  delete (browser as unknown as { sidebarAction?: unknown }).sidebarAction;
});

describe('openPanel in Firefox', () => {
  it('opens the sidebar when Firefox allows it', async () => {
    const open = vi.fn(async () => undefined);
    (browser as unknown as { sidebarAction: unknown }).sidebarAction = { open };
    const before = (await fakeBrowser.tabs.query({})).length;
    await openPanel(1);
    expect(open).toHaveBeenCalledOnce();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens the panel in a tab beside the posting when the sidebar needs a gesture the page click lost', async () => {
    (browser as unknown as { sidebarAction: unknown }).sidebarAction = {
      open: async () => { throw new Error('sidebarAction.open may only be called from a user input handler'); },
    };
    const posting = await fakeBrowser.tabs.create({ url: 'https://jobs.lever.co/x/1' });
    await openPanel(posting.id!);
    const panel = (await fakeBrowser.tabs.query({})).find((t) => t.url === browser.runtime.getURL('/sidepanel.html'));
    // (The fake browser does not model tab order; the real one is checked in tests/firefox.)
    expect(panel).toMatchObject({ windowId: posting.windowId });
  });
});
