import { UsageError } from './command.ts';
import { COMMANDS } from './registry.ts';

function printHelp(): void {
  const lines = ['Usage: bespoke <command> [options]', '', 'Commands:'];
  for (const [name, entry] of Object.entries(COMMANDS).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${name.padEnd(12)} ${entry.summary}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Entry point of the `bespoke` CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp();
    return name ? 0 : 2;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    process.stderr.write(`bespoke: unknown command "${name}"\n`);
    printHelp();
    return 2;
  }
  const cmd = (await entry.load()).default;
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
