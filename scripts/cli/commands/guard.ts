/**
 * `bespoke guard --resume MAIN.tex --edits EDITS.json [--provider P]`: checks rewrites of
 * bullets with the extension's truthfulness guard and prints, as JSON, each one's verdict
 * (applied / flagged / rejected), its claims (kind, words, reason) and the evidence it was
 * checked against. With a provider, the model's second opinion (the provider's cheapest
 * listed model unless --model) can add flags; its tokens and cost are printed too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { UsageError, type CliCommand } from '../command.ts';
import { cheapestModel, createLlmClient, estimateCostUsd } from '../../../lib/llm/index.ts';
import type { ProviderId } from '../../../lib/llm/types.ts';
import { checkRewrites } from '../../../lib/tailor/guard/check-rewrites.ts';
import { loadedGuardContext } from '../../../lib/tailor/guard/guard.ts';
import { loadProjectFromDisk } from '../../../lib/tailor/node/project-from-disk.ts';
import { segmentProject } from '../../../lib/tailor/index.ts';

const PROVIDERS = ['openai', 'anthropic', 'google', 'mistral', 'custom'] as const;
const EditsSchema = z.array(z.object({ original: z.string().min(1).max(4000), newText: z.string().max(4000), evidence: z.array(z.string().max(4000)).max(20).optional(), id: z.string().max(80).optional() })).max(2000);

interface Args { resume: string; edits: string; provider: ProviderId | null; model: string | null; baseUrl: string | null; confirmed: string[] }

function parseArgs(argv: string[]): Args {
  const a: Args = { resume: '', edits: '', provider: null, model: null, baseUrl: null, confirmed: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = () => { const v = inline ?? argv[++i]; if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`); return v; };
    switch (flag) {
      case '--resume': a.resume = value(); break;
      case '--edits': a.edits = value(); break;
      case '--provider': { const p = value(); if (!(PROVIDERS as readonly string[]).includes(p)) throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}`); a.provider = p as ProviderId; break; }
      case '--model': a.model = value(); break;
      case '--base-url': a.baseUrl = value(); break;
      case '--confirmed': a.confirmed.push(value()); break;
      default: throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  if (!a.resume) throw new UsageError('missing --resume MAIN.tex');
  if (!a.edits) throw new UsageError('missing --edits EDITS.json');
  return a;
}

function readEdits(path: string): z.infer<typeof EditsSchema> {
  let json: unknown;
  try { json = JSON.parse(readFileSync(path, 'utf8')); } catch (cause) { throw new UsageError(`--edits: cannot read ${path} as JSON (${cause instanceof Error ? cause.message : String(cause)})`); }
  const parsed = EditsSchema.safeParse(Array.isArray(json) ? json : (json as { edits?: unknown } | null)?.edits);
  if (!parsed.success) throw new UsageError(`--edits: ${path} must be a list of { "original": "<bullet as in the .tex>", "newText": "…" } (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
  return parsed.data;
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke guard --resume MAIN.tex --edits EDITS.json [options]',
    '',
    '  EDITS.json       [{ "original": "<exact text of a bullet as in the .tex>", "newText": "…", "evidence"?: ["<another bullet>"] }]',
    '  --provider P     openai | anthropic | google | mistral | custom: also ask the model for a second opinion',
    '  --model M        the second opinion\'s model (default: the provider\'s cheapest listed model with a known price)',
    '  --base-url URL   API base URL (custom endpoints, proxies)',
    '  --confirmed TEXT a fact you confirmed for this resume (repeatable): counted as evidence',
    '',
    'Prints JSON: each edit\'s verdict (applied | flagged | rejected), claims and evidence. The key is read from BESPOKE_API_KEY.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const edits = readEdits(resolve(args.edits));
    const ctx = await loadedGuardContext(segmentProject(loadProjectFromDisk(resolve(args.resume))), args.confirmed);
    let verify: { client: ReturnType<typeof createLlmClient>; provider: ProviderId; model: string } | undefined;
    if (args.provider) {
      const apiKey = process.env.BESPOKE_API_KEY ?? '';
      if (args.provider !== 'custom' && !apiKey) throw new UsageError(`set BESPOKE_API_KEY for the ${args.provider} provider`);
      let model = args.model;
      if (!model) {
        // The model list needs a client; any id serves for listing.
        const lister = createLlmClient({ provider: args.provider, apiKey, model: 'list', baseUrl: args.baseUrl ?? undefined });
        model = cheapestModel(args.provider, (await lister.listModels()).map((m) => m.id)) ?? null;
        if (!model) throw new UsageError(`no listed ${args.provider} model has a known price; choose one with --model`);
      }
      verify = { client: createLlmClient({ provider: args.provider, apiKey, model, baseUrl: args.baseUrl ?? undefined }), provider: args.provider, model };
    }
    const { verdicts, secondOpinion } = await checkRewrites(ctx, edits, { verify: verify?.client });
    const count = (v: string) => verdicts.filter((x) => x.verdict === v).length;
    const out = {
      resume: args.resume,
      summary: { applied: count('applied'), flagged: count('flagged'), rejected: count('rejected') },
      edits: verdicts.map(({ id: _id, ...v }) => v),
      secondOpinion: secondOpinion && verify ? {
        provider: verify.provider, model: secondOpinion.model,
        tokens: { input: secondOpinion.usage.inputTokens, output: secondOpinion.usage.outputTokens },
        costUsd: estimateCostUsd(verify.provider, secondOpinion.model, secondOpinion.usage) ?? null,
        added: [...secondOpinion.added.values()].flat().length,
      } : null,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  },
};

export default command;
