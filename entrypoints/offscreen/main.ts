import { browserTextLayer } from '@/lib/pdf-check/browser';
import { registerRunHost } from '@/lib/runs/run-host';

registerRunHost({ textLayer: browserTextLayer });
