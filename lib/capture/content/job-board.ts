import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { jobKeyFromUrl } from '@/lib/jobs/index';
import { sendMessage } from '@/lib/messaging/protocol';
import { extractFromCurrentPage } from './extract-current-page';
import { mountTailorButton } from './tailor-button';
import { watchJobChanges } from './watch-job-changes';

/** The job-board content script: mounts the button and keeps its job current in SPAs. */
export async function startJobBoardContentScript(ctx: ContentScriptContext): Promise<void> {
  const button = await mountTailorButton(ctx, {
    // Extract at click time: the page may have loaded more of the posting since it opened.
    capture: () => sendMessage('job:captured', { job: extractFromCurrentPage() }),
  });
  const refreshTitle = () => {
    try {
      button.setJobTitle(extractFromCurrentPage().title);
    } catch (err) {
      console.warn('[bespoke] could not read the posting:', err instanceof Error ? err.message : err);
    }
  };
  refreshTitle();
  watchJobChanges(ctx, jobKeyFromUrl, refreshTitle);
}
