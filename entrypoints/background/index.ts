import { registerEventPageRunHost } from '@/lib/background/event-page-run-host';
import { registerBackground } from '@/lib/background/register';
import { registerRunHosting } from '@/lib/background/run-hosting';

export default defineBackground(() => {
  registerBackground();
  // Where tailoring runs live. Chrome's service worker cannot start the TeX Worker: an offscreen
  // document hosts them. Firefox's event page can, and hosts them itself. `import.meta.env.FIREFOX`
  // is a build-time constant, so Chrome's bundle drops the engine and pdf.js with the dead branch.
  if (import.meta.env.FIREFOX) registerEventPageRunHost();
  else registerRunHosting();
});
