import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type CliCommand } from './command.ts';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

/** Sub-commands are discovered from `commands/*.ts`, so adding one never touches this file. */
function listCommandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!listCommandNames().includes(name)) return undefined;
  const mod = (await import(join(commandsDir, `${name}.ts`))) as { default: CliCommand };
  return mod.default;
}

async function printHelp(): Promise<void> {
  const lines = ['Usage: bespoke <command> [options]', '', 'Commands:'];
  for (const name of listCommandNames()) {
    const cmd = await loadCommand(name);
    lines.push(`  ${name.padEnd(12)} ${cmd?.summary ?? ''}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Entry point of the `bespoke` CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await printHelp();
    return name ? 0 : 2;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    process.stderr.write(`bespoke: unknown command "${name}"\n`);
    await printHelp();
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.usage + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`bespoke ${name}: ${err.message}\n\n${cmd.usage}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`bespoke ${name}: ${message}\n`);
    return 1;
  }
}
