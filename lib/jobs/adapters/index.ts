/** Every board adapter, most specific first; `generic` is the fallback and always last. */
import type { JobAdapter } from './adapter.ts';
import { ashbyAdapter } from './ashby.adapter.ts';
import { genericAdapter } from './generic.adapter.ts';
import { glassdoorAdapter } from './glassdoor.adapter.ts';
import { greenhouseAdapter } from './greenhouse.adapter.ts';
import { indeedAdapter } from './indeed.adapter.ts';
import { leverAdapter } from './lever.adapter.ts';
import { linkedinAdapter } from './linkedin.adapter.ts';
import { seekAdapter } from './seek.adapter.ts';
import { smartrecruitersAdapter } from './smartrecruiters.adapter.ts';
import { wellfoundAdapter } from './wellfound.adapter.ts';
import { workdayAdapter } from './workday.adapter.ts';

export type { JobAdapter } from './adapter.ts';

/** Board adapters (not including the generic fallback). */
export const BOARD_ADAPTERS: readonly JobAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  glassdoorAdapter,
  greenhouseAdapter,
  leverAdapter,
  workdayAdapter,
  ashbyAdapter,
  smartrecruitersAdapter,
  wellfoundAdapter,
  seekAdapter,
];

export { genericAdapter };
