import { startJobBoardContentScript } from '@/lib/capture/content/job-board';

/**
 * Company careers pages that embed Greenhouse show the posting in Greenhouse's cross-origin
 * frame; the button is placed inside that frame, where the posting can be read.
 */
export default defineContentScript({
  matches: ['https://job-boards.greenhouse.io/embed/*', 'https://boards.greenhouse.io/embed/*'],
  allFrames: true,
  runAt: 'document_idle',
  // Top-level Greenhouse pages already get the job-board script; only frames are ours.
  main: (ctx) => (window.top === window ? undefined : startJobBoardContentScript(ctx)),
});
