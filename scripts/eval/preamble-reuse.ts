// `npm run eval:preamble -- DIR --manifest TSV`: how often warm compiles reuse the preamble, and
// whether reuse changes anything. Each pdfLaTeX project of the manifest whose native build worked
// compiles three times in one worker, as a resume compiles again and again while it is tailored:
// the first normally, the second makes and proves the preamble's format
// (lib/tex/preamble-format.ts), the third loads it when it was proved. Prints per project whether
// the third compile reused it, whether its pages and extracted text (pdftotext) equal the first
// compile's, and the three times; then the counts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeTexEngine } from '../../lib/tex/node';
import { readProjectDir } from '../../lib/tex/node-project';
import { readManifest } from './project-manifest';

const dir = process.argv[2];
const manifestAt = process.argv.indexOf('--manifest');
if (!dir || manifestAt < 0) {
  console.error('usage: npm run eval:preamble -- DIR --manifest TSV');
  process.exit(2);
}
const rows = readManifest(process.argv[manifestAt + 1]!).filter((r) => r.engine === 'pdflatex' && r.native.startsWith('yes') && existsSync(join(dir, r.name)));
const work = mkdtempSync(join(tmpdir(), 'bespoke-preamble-'));
const text = (pdf: Uint8Array): string => {
  const path = join(work, 'out.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-q', path, '-'], { encoding: 'utf8' });
};
const engine = createNodeTexEngine();
let compiled = 0, reused = 0, same = 0;
for (const row of rows) {
  const request = { mainFile: row.main, files: readProjectDir(join(dir, row.name)), timeoutMs: 120_000 };
  const first = await engine.compile(request);
  if (!first.ok || !first.pdf) continue;
  compiled++;
  const second = await engine.compile(request);
  const third = await engine.compile(request);
  const equal = third.ok && third.pdf !== null && third.pages === first.pages && text(third.pdf) === text(first.pdf);
  if (third.preambleReused) reused++;
  if (equal) same++;
  console.log([row.name.padEnd(40), third.preambleReused ? 'reused' : 'normal', equal ? 'same  ' : 'DIFFERS', first.ms, second.ms, third.ms].join('  '));
}
engine.close();
rmSync(work, { recursive: true, force: true });
console.log(`\ncompiled ${compiled} of ${rows.length}; third compile reused the preamble: ${reused}/${compiled}; same pages and text as the first: ${same}/${compiled}`);
