import { registerRunHost } from '@/lib/runs/run-host';

registerRunHost();
