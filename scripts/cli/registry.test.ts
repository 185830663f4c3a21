import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry.ts';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

describe('CLI command registry', () => {
  it('lists every file of commands/ (a new command cannot be forgotten)', () => {
    const files = readdirSync(commandsDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(Object.keys(COMMANDS).sort()).toEqual(files.sort());
  });

  it('each entry loads a command with usage text and a run function', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const cmd = (await entry.load()).default;
      expect(cmd.usage, name).toMatch(/^Usage: bespoke /);
      expect(typeof cmd.run, name).toBe('function');
    }
  });
});
