/**
 * `bespoke keywords PAGE.html|TEXT.txt [--url URL] [--lang L]`: the posting's keywords as JSON,
 * each with every occurrence as character offsets (Unicode code points) into the text as given:
 * a `.txt` file's own characters, or, for a page, the description text printed beside them.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, type CliCommand } from '../command.ts';
import { extractJob, inferPageUrl } from '../../../lib/jobs/index.ts';
import { parsePage } from '../../../lib/jobs/node-dom.ts';
import { analysePostingText, parseLanguage } from '../../../lib/tailor/keywords/keyword-data.ts';
import { PageInputError } from './extract.ts';

const MAX_BYTES = 25 * 1024 * 1024;

interface Args { file: string; url: string | null; lang: string | null }

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', url: null, lang: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') args.url = argv[++i] ?? '';
    else if (a === '--lang') args.lang = argv[++i] ?? '';
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (args.file) throw new UsageError('give one file at a time');
    else args.file = a;
  }
  if (!args.file) throw new UsageError('missing PAGE.html or TEXT.txt');
  if (args.url !== null && !/^https?:\/\/\S+$/i.test(args.url)) throw new UsageError(`--url must be an http(s) URL, got "${args.url}"`);
  if (args.lang !== null && !parseLanguage(args.lang)) throw new UsageError(`--lang must be one of en de fr es it pt nl pl, got "${args.lang}"`);
  return args;
}

function readText(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new PageInputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  if (size > MAX_BYTES) throw new PageInputError(`${path} is over 25 MB; refused`);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new PageInputError(`${path} is binary, not text`);
  return bytes.toString('utf8');
}

/** UTF-16 index → code point index, so offsets count characters as other tools do. */
function codePointIndex(text: string): (i: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i <= text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
  }
  return (i) => map[i];
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke keywords PAGE.html|TEXT.txt [--url URL] [--lang L]',
    '',
    '  --url URL   the address a page was saved from (default: its canonical link or og:url)',
    '  --lang L    the posting language (en de fr es it pt nl pl; default: detected)',
    '',
    'Offsets are Unicode code points into the .txt file as given, or into "text" for a page.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const path = resolve(args.file);
    const raw = readText(path);
    const isPage = /^\.(html?|xhtml)$/i.test(extname(path)) || /^\s*<(!doctype|html)/i.test(raw);
    let input: { title: string | null; description: string; company: string | null; location: string | null };
    if (isPage) {
      const doc = parsePage(raw, 'linkedom');
      const job = extractJob(doc, args.url ?? inferPageUrl(doc) ?? pathToFileURL(path).href);
      if (!job.description) throw new PageInputError(`${path}: no posting text found (${job.warnings.join(' ') || 'empty'})`);
      input = { title: job.title, description: job.description, company: job.company, location: job.location };
    } else {
      input = { title: null, description: raw, company: null, location: null };
    }
    const { language, keywords } = await analysePostingText(input, parseLanguage(args.lang));
    const cp = codePointIndex(input.description);
    const out = {
      language,
      ...(isPage ? { title: input.title, company: input.company, text: input.description } : {}),
      keywords: keywords.map((k) => ({
        term: k.term,
        category: k.category,
        importance: k.importance,
        qualifiers: k.qualifiers,
        occurrences: k.occurrences.map((o) => ({ start: cp(o.start), end: cp(o.end), section: o.section })),
      })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  },
};

export default command;
