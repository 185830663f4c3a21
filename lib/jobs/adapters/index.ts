/** Every board adapter, most specific first; `generic` is the fallback and always last. */
import type { JobAdapter } from './adapter.ts';
import { genericAdapter } from './generic.adapter.ts';
import { indeedAdapter } from './indeed.adapter.ts';
import { linkedinAdapter } from './linkedin.adapter.ts';
import { seekAdapter } from './seek.adapter.ts';
import { workdayAdapter } from './workday.adapter.ts';

export type { JobAdapter } from './adapter.ts';

/** Board adapters (not including the generic fallback). */
export const BOARD_ADAPTERS: readonly JobAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  seekAdapter,
  workdayAdapter,
];

export { genericAdapter };
