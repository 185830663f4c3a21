import type { CDPSession, Page } from '@playwright/test';

/**
 * Drives the on-page "Tailor resume" button, which lives in a *closed* shadow root: neither
 * page scripts nor Playwright's locators can reach into it. The DevTools protocol can (it
 * pierces closed roots), and a click through `page.mouse` is a real, trusted input event.
 */
interface DomNode { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

function find(node: DomNode, testId: string): DomNode | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-testid' && attrs[i + 1] === testId) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, testId);
    if (hit) return hit;
  }
  return undefined;
}

const attribute = (node: DomNode, name: string) => {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return null;
};

export interface TailorButtonDriver {
  /** Whether the button is on the page right now. */
  present(): Promise<boolean>;
  /** The button's `title` (names the job it will capture), or null. */
  title(): Promise<string | null>;
  /** The status line's text ('' when empty or absent). */
  status(): Promise<string>;
  /** A trusted mouse click in the middle of the button. */
  click(): Promise<void>;
}

export async function tailorButton(page: Page): Promise<TailorButtonDriver> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const lookup = async (testId: string) => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return find(root, testId);
  };
  return {
    present: async () => Boolean(await lookup('bespoke-tailor')),
    title: async () => {
      const node = await lookup('bespoke-tailor');
      return node ? attribute(node, 'title') : null;
    },
    status: async () => {
      const node = await lookup('bespoke-status');
      if (!node) return '';
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: node.backendNodeId })) as { outerHTML: string };
      return outerHTML.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim();
    },
    click: async () => {
      const node = await lookup('bespoke-tailor');
      if (!node) throw new Error('The Tailor resume button is not on the page.');
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    },
  };
}
