/**
 * `bespoke llm-test --provider P [--base-url URL] [--model M]`: lists the provider's models and
 * runs the connection test (one-token completion) with the key in BESPOKE_API_KEY. The key is
 * never printed; failures exit 1 with the typed error's message.
 */
import { UsageError, type CliCommand } from '../command.ts';
import { LlmError, createLlmClient, estimateCostUsd, redactSecrets, testConnection, type ProviderId } from '../../../lib/llm/index.ts';

const PROVIDERS: ProviderId[] = ['openai', 'anthropic', 'google', 'mistral', 'custom'];

interface Args {
  provider: ProviderId;
  baseUrl?: string;
  model?: string;
}

function parseArgs(argv: string[]): Args {
  let provider: string | undefined;
  let baseUrl: string | undefined;
  let model: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (!v || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--provider') provider = value();
    else if (flag === '--base-url') baseUrl = value();
    else if (flag === '--model') model = value();
    else throw new UsageError(`unknown argument ${argv[i]}`);
  }
  if (!provider) throw new UsageError('missing --provider');
  if (!PROVIDERS.includes(provider as ProviderId)) throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}`);
  if (baseUrl && !/^https?:\/\/\S+$/i.test(baseUrl)) throw new UsageError('--base-url must be an http(s) URL');
  return { provider: provider as ProviderId, baseUrl, model };
}

const out = (line = '') => process.stdout.write(line + '\n');

const command: CliCommand = {
  usage: [
    'Usage: bespoke llm-test --provider openai|anthropic|google|mistral|custom [--base-url URL] [--model M]',
    '',
    'The API key is read from the environment variable BESPOKE_API_KEY and never printed.',
    'Base URLs keep each SDK’s meaning: OpenAI/custom include /v1, the others are the host root.',
    'Without --model, the first listed model is used.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const apiKey = process.env.BESPOKE_API_KEY ?? '';
    if (!apiKey && args.provider !== 'custom') throw new UsageError('set BESPOKE_API_KEY to the provider API key');
    try {
      const listing = createLlmClient({ provider: args.provider, apiKey, baseUrl: args.baseUrl, model: args.model ?? '' });
      const models = await listing.listModels().catch((err: unknown) => {
        // A custom server without /models can still be tested with a typed --model.
        if (args.provider === 'custom' && args.model && err instanceof LlmError) return [];
        throw err;
      });
      out(`Models (${models.length}):`);
      for (const m of models) out(`  ${m.id}${m.label && m.label !== m.id ? `  — ${m.label}` : ''}`);
      const model = args.model ?? models[0]?.id;
      if (!model) throw new LlmError('model-not-found', 'The provider listed no models; pass --model.', { provider: args.provider });
      const report = await testConnection({ provider: args.provider, apiKey, baseUrl: args.baseUrl, model });
      const cost = estimateCostUsd(args.provider, report.model, report.usage);
      out('');
      out(`Connection OK: ${report.model} answered${report.modelListed ? '' : ' (not in the model list; used as typed)'}.`);
      out(`Usage: ${report.usage.inputTokens} tokens in, ${report.usage.outputTokens} out; estimated cost ${cost === undefined ? 'unknown' : `$${cost.toFixed(6)}`}.`);
      return 0;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const kind = err instanceof LlmError ? ` [${err.kind}]` : '';
      process.stderr.write(`bespoke llm-test: ${redactSecrets(message, apiKey)}${kind}\n`);
      return 1;
    }
  },
};

export default command;
