import { describe, expect, it } from 'vitest';
import { loadNodeAssets } from '@/lib/tex/node-assets';
import { runPass } from '@/lib/tex/run-pass';

// A document cannot fill the host's memory through the engine's file system or its terminal:
// writes past the limit fail, terminal output past the limit is cut (T1). Small limits here so
// the flood is quick; the shipped limits are 64 MB written and 4 M characters printed.
const FLOOD = String.raw`\documentclass{article}
\newwrite\out \immediate\openout\out=flood.txt
\newcount\n
\loop \immediate\write\out{0123456789012345678901234567890123456789012345678901234567890123456789}
  \message{0123456789012345678901234567890123456789}
  \advance\n 1 \ifnum\n<20000 \repeat
\immediate\closeout\out
\begin{document}done\end{document}`;

describe('engine bounds', () => {
  it('fails writes past the byte limit and cuts the terminal past the character limit', async () => {
    const assets = await loadNodeAssets();
    const pass = await runPass(assets, {
      files: new Map([['flood.tex', new TextEncoder().encode(FLOOD)]]),
      cwd: '',
      args: ['-interaction=nonstopmode', 'flood.tex'],
      limits: { writtenBytes: 256 * 1024, terminalChars: 64 * 1024 },
    });
    const flood = pass.files.get('flood.txt');
    // 20,000 lines of 71 bytes would be 1.4 MB: the file stops near the limit.
    expect(flood!.length).toBeLessThanOrEqual(256 * 1024);
    expect(pass.terminal.length).toBeLessThan(80 * 1024);
    expect(pass.terminal).toContain('terminal output cut here');
  }, 60_000);
});
