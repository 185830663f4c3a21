/** `bespoke extract PAGE.html [--url URL]`: prints the job posting found in a saved page as JSON. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, type CliCommand } from '../command.ts';
import { extractJob, inferPageUrl } from '../../../lib/jobs/index.ts';
import { parsePage, type DomKind } from '../../../lib/jobs/node-dom.ts';

const MAX_PAGE_BYTES = 25 * 1024 * 1024;

/** A page file that cannot be read as HTML; the message says why. */
export class PageInputError extends Error {
  override name = 'PageInputError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

interface Args {
  page: string;
  url: string | null;
  dom: DomKind;
  withJsonLd: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { page: '', url: null, dom: 'jsdom', withJsonLd: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') args.url = argv[++i] ?? '';
    else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '--dom') args.dom = (argv[++i] ?? '') as DomKind;
    else if (a === '--jsonld') args.withJsonLd = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (args.page) throw new UsageError('give one page at a time');
    else args.page = a;
  }
  if (!args.page) throw new UsageError('missing PAGE.html');
  if (args.url !== null && !/^https?:\/\/\S+$/i.test(args.url)) throw new UsageError(`--url must be an http(s) URL, got "${args.url}"`);
  if (args.dom !== 'jsdom' && args.dom !== 'linkedom') throw new UsageError('--dom must be jsdom or linkedom');
  return args;
}

function readPage(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new PageInputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  if (size > MAX_PAGE_BYTES) throw new PageInputError(`${path} is ${(size / 1048576).toFixed(1)} MB; pages over 25 MB are refused`);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new PageInputError(`${path} is binary, not an HTML page`);
  const html = bytes.toString('utf8');
  if (!/<(html|body|head|div|p|script|meta)\b/i.test(html)) throw new PageInputError(`${path} does not look like an HTML page`);
  return html;
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke extract PAGE.html [--url URL] [--dom jsdom|linkedom] [--jsonld]',
    '',
    '  --url URL   the address the page was saved from (default: its canonical link or og:url)',
    '  --dom       Node DOM to parse with (default jsdom; linkedom is faster but keeps no HTML)',
    '  --jsonld    also print the raw schema.org JobPosting object',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const path = resolve(args.page);
    const doc = parsePage(readPage(path), args.dom);
    const url = args.url ?? inferPageUrl(doc) ?? pathToFileURL(path).href;
    const { jsonLd, ...job } = extractJob(doc, url);
    if (!args.url && url.startsWith('file:')) job.warnings.push('The page names no URL (canonical / og:url); pass --url for exact board detection.');
    const out = { ...job, ...(args.withJsonLd ? { jsonLd } : {}) };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  },
};

export default command;
