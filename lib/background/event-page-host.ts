import { browserTextLayer } from '@/lib/pdf-check/browser';
import { createRunHost, type RunHost } from '@/lib/runs/run-host';
import { keepAwakeWhileBusy } from './keep-awake';
import { localRunHostLlm } from './local-llm';

/**
 * The run host inside Firefox's event page: the model is called in place (a page's runtime
 * messages never reach itself) and the page keeps itself awake while a run is in flight.
 */
export function createEventPageHost(): RunHost {
  return createRunHost({ textLayer: browserTextLayer, llm: localRunHostLlm, onBusyChange: keepAwakeWhileBusy() });
}
