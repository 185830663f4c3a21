import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { TAILOR_BUTTON_CSS } from './tailor-button.css';

export const TAILOR_BUTTON_HOST = 'bespoke-tailor-button';

export interface TailorButtonOptions {
  /** Reads the posting from the page and hands it to the background; resolves to the outcome. */
  capture(): Promise<CaptureOutcome>;
}

export interface TailorButton {
  /** Shows which job the button will capture (single-page apps change it without a reload). */
  setJobTitle(title: string | null): void;
  remove(): void;
}

const LABEL = 'Tailor resume';

/**
 * Mounts the small "Tailor resume" button in a shadow root, so the page's CSS cannot reach it
 * and ours cannot reach the page. It is built from DOM nodes and `textContent` only: page
 * text never becomes markup here.
 */
export async function mountTailorButton(ctx: ContentScriptContext, options: TailorButtonOptions): Promise<TailorButton> {
  let button!: HTMLButtonElement;
  let status!: HTMLSpanElement;

  const ui = await createShadowRootUi(ctx, {
    name: TAILOR_BUTTON_HOST,
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    zIndex: 2147483000,
    css: TAILOR_BUTTON_CSS,
    isolateEvents: true,
    // Closed: page scripts get no handle on the button (an open root let a page click it itself).
    mode: 'closed',
    onMount(container) {
      const wrap = document.createElement('div');
      wrap.className = 'bespoke-wrap';
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'bespoke-button';
      button.textContent = LABEL;
      button.setAttribute('data-testid', 'bespoke-tailor');
      status = document.createElement('span');
      status.className = 'bespoke-status';
      status.setAttribute('role', 'status');
      status.setAttribute('data-testid', 'bespoke-status');
      wrap.append(button, status);
      container.append(wrap);
      // Only a real click by the person counts: a page's synthetic click (el.click(), dispatchEvent) is ignored.
      button.addEventListener('click', (event) => {
        if (event.isTrusted) void onClick();
      });
    },
  });

  async function onClick(): Promise<void> {
    button.disabled = true;
    status.textContent = 'Capturing…';
    try {
      const outcome = await options.capture();
      status.textContent =
        outcome.status === 'captured'
          ? 'Captured — see the Bespoke panel'
          : outcome.status === 'nothing-found'
            ? `${outcome.reason} Paste it in the Bespoke panel.`
            : `Could not capture: ${outcome.reason}`;
    } catch (err) {
      // The extension was reloaded or updated under this page: the old content script is orphaned.
      status.textContent = `Bespoke is unavailable (${err instanceof Error ? err.message : String(err)}). Reload the page.`;
    } finally {
      button.disabled = false;
    }
  }

  ui.mount();
  return {
    setJobTitle(title) {
      button.title = title ? `${LABEL}: ${title}` : LABEL;
    },
    remove: () => ui.remove(),
  };
}
