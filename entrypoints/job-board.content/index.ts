import { JOB_BOARD_MATCH_PATTERNS } from '@/lib/jobs/index';
import { startJobBoardContentScript } from '@/lib/capture/content/job-board';

/** On known job boards: the "Tailor resume" button and single-page-app job tracking. */
export default defineContentScript({
  matches: JOB_BOARD_MATCH_PATTERNS,
  runAt: 'document_idle',
  main: (ctx) => startJobBoardContentScript(ctx),
});
