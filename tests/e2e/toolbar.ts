import type { BrowserContext, CDPSession } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/**
 * Clicks the extension's toolbar button for the tab showing `url`, as a person would: Chromium's
 * `Extensions.triggerAction` (allowed with --enable-unsafe-extension-debugging over Playwright's
 * pipe) opens the popup and grants `activeTab`, exactly like a real click.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, url: string): Promise<Popup> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const tab = (await targets(cdp)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`No tab shows ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  for (let i = 0; i < 50; i++) {
    const popup = (await targets(cdp)).find((t) => t.type === 'page' && t.url === popupUrl);
    if (popup) return new Popup(cdp, popup.targetId);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The popup did not open.');
}

/**
 * The toolbar popup, which Playwright does not expose as a Page: reached through a raw CDP
 * session to its target (Runtime.evaluate for its visible text).
 */
export class Popup {
  private sessionId?: string;
  private seq = 0;

  constructor(private readonly cdp: CDPSession, private readonly targetId: string) {}

  /** The popup's visible text (`document.body.innerText`). */
  async text(): Promise<string> {
    this.sessionId ??= ((await this.cdp.send('Target.attachToTarget', { targetId: this.targetId, flatten: false } as never)) as { sessionId: string }).sessionId;
    const id = ++this.seq;
    const reply = new Promise<string>((resolve) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        const msg = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: string } } };
        if (event.sessionId === this.sessionId && msg.id === id) {
          this.cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
          resolve(msg.result?.result?.value ?? '');
        }
      };
      this.cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
    });
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression: 'document.body.innerText', returnByValue: true } });
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message } as never);
    return reply;
  }

  /** Waits until the popup's text contains `needle`; returns the text. */
  async waitForText(needle: string, timeoutMs = 15_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < end) {
      last = await this.text();
      if (last.includes(needle)) return last;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`Popup text never contained "${needle}"; it shows: ${last}`);
  }
}
