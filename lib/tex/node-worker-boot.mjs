// worker_threads entry: registers tsx (loader flags in execArgv do not reach workers on
// Node 20) and then loads the TypeScript worker, as scripts/cli/bespoke.mjs does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
