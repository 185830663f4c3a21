#!/usr/bin/env node
// The `bespoke` command: runs the same lib/ code as the extension, in Node.
// tsx compiles our TypeScript on the fly so `npm ci` is the only setup step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2));
// Exit explicitly: the TeX engine's worker thread and pdf.js keep handles open after the
// command's work is done, and a CLI must not linger (stdout/stderr are synchronous here).
process.exit(code);
