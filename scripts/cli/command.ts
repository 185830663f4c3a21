/** One CLI sub-command: `scripts/cli/commands/<name>.ts` default-exports this (its summary is in registry.ts). */
export interface CliCommand {
  /** Usage text shown on `--help` or bad arguments. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Raised for bad command-line arguments; printed with the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
