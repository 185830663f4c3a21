/**
 * Runs one fake provider until killed, for manual checks and Playwright's webServer:
 *   npx tsx tests/fakes/llm/serve.ts openai [--port 8787] [--key sk-test]
 * Prints the SDK base URL as the first line of output.
 */
import { startFakeProvider, type FakeProviderId } from './index.ts';

const [provider, ...rest] = process.argv.slice(2);
const flag = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const providers: FakeProviderId[] = ['openai', 'anthropic', 'google', 'mistral', 'custom'];
if (!providers.includes(provider as FakeProviderId)) {
  process.stderr.write(`usage: serve.ts ${providers.join('|')} [--port N] [--key KEY]\n`);
  process.exit(2);
}
const fake = await startFakeProvider(provider as FakeProviderId, { port: flag('--port') ? Number(flag('--port')) : undefined, apiKey: flag('--key') });
process.stdout.write(`${fake.baseUrl}\n`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
