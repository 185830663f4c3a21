#!/usr/bin/env node
// The `bespoke` command: runs the same lib/ code as the extension, in Node.
// tsx compiles our TypeScript on the fly so `npm ci` is the only setup step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
