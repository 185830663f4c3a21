/** Test helper: runs the real `bespoke` command in a child process, as a user would. */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), 'bespoke.mjs');
const run = promisify(execFile);

/** Exit code and output of `bespoke ...args` (a non-zero exit is returned, not thrown). */
export async function runBespoke(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
