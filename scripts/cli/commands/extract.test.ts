/** Runs the real `bespoke extract` command in a child process, as a user would. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';

describe('bespoke extract', () => {
  it('refuses bad input with a reason and usage errors with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-extract-'));
    const binary = join(dir, 'page.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const refused = await bespoke('extract', binary);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/binary, not an HTML page/);
    expect((await bespoke('extract', join(dir, 'missing.html'))).stderr).toMatch(/cannot read .*ENOENT/);
    const usage = await bespoke('extract');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing PAGE\.html/);
    expect((await bespoke('extract', binary, '--url', 'ftp://x')).code).toBe(2);
  });
});
