// Dedicated Worker of the browser engine (started by lib/tex/browser.ts from an extension
// page). TeX runs synchronously here, so the page never blocks and a loop can be terminated.
import { loadBrowserAssets } from './browser-assets';
import { createCompileHandler } from './worker-core';
import type { CompileMessage, InitMessage, WorkerReply } from './worker-protocol';

let assetsBase: string | null = null;
const handle = createCompileHandler(() => loadBrowserAssets(assetsBase!));

self.onmessage = (event: MessageEvent<InitMessage | CompileMessage>) => {
  const msg = event.data;
  if (msg.type === 'init') assetsBase = msg.assetsBase;
  else {
    const onTerminal = (line: string): void => self.postMessage({ type: 'terminal', id: msg.id, line } satisfies WorkerReply);
    void handle(msg, onTerminal).then((reply) => self.postMessage(reply));
  }
};
