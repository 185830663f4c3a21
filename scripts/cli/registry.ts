import type { CliCommand } from './command.ts';

/** A sub-command as `bespoke help` lists it, and how to load it when it is run. */
export interface CommandEntry {
  /** One line for `bespoke help`. */
  summary: string;
  load: () => Promise<{ default: CliCommand }>;
}

/**
 * Every sub-command, loaded only when run: `help` and the other commands then never pay for
 * an SDK, pdf.js or the TeX engine they do not use. The summaries live here, not in the
 * command modules, for the same reason. `registry.test.ts` checks that this lists every file
 * of `commands/`.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  check: {
    summary: 'Check how an ATS reads a resume PDF (words read back as written, icon junk, split words)',
    load: () => import('./commands/check.ts'),
  },
  compile: {
    summary: 'compile a LaTeX resume to PDF with the built-in pdfTeX (WebAssembly)',
    load: () => import('./commands/compile.ts'),
  },
  extract: {
    summary: 'Print the job posting in a saved page as JSON',
    load: () => import('./commands/extract.ts'),
  },
  keywords: {
    summary: 'Print a posting’s keywords (term, category, importance, qualifiers, offsets) as JSON',
    load: () => import('./commands/keywords.ts'),
  },
  guard: {
    summary: 'Check rewrites of bullets for claims the resume does not support (JSON verdicts; --provider adds a model\'s second opinion)',
    load: () => import('./commands/guard.ts'),
  },
  'llm-test': {
    summary: 'List a provider’s models and test the connection (key from BESPOKE_API_KEY)',
    load: () => import('./commands/llm-test.ts'),
  },
  tailor: {
    summary: 'Tailor a LaTeX resume to a job posting (writes tailored.tex, tailored.pdf, report.json)',
    load: () => import('./commands/tailor.ts'),
  },
};
