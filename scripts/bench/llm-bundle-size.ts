/**
 * How much each provider SDK adds to the background script. Bundles lib/llm the way the MV3
 * background is bundled (one browser IIFE, minified, no code splitting) with esbuild and reads
 * the metafile. Run: `npx tsx scripts/bench/llm-bundle-size.ts` (add `--json` for raw numbers).
 * esbuild comes with the toolchain (vite/tsx); WXT's own Vite build may differ by a few percent.
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Every entry carries the core (retries, errors, JSON helpers with zod, prices), so the
// difference to the core line is what that SDK adds.
const CORE = `import { runWithRetries } from './lib/llm/attempts.ts'; import { chatJson } from './lib/llm/chat-json.ts'; import { estimateCostUsd } from './lib/llm/pricing.ts'; globalThis.core = [runWithRetries, chatJson, estimateCostUsd];`;
const ENTRIES: Record<string, string> = {
  'core (no SDK)': CORE,
  'openai (+custom)': `${CORE} import { createOpenAiCalls } from './lib/llm/providers/openai.ts'; globalThis.x = createOpenAiCalls;`,
  anthropic: `${CORE} import { createAnthropicCalls } from './lib/llm/providers/anthropic.ts'; globalThis.x = createAnthropicCalls;`,
  google: `${CORE} import { createGoogleCalls } from './lib/llm/providers/google.ts'; globalThis.x = createGoogleCalls;`,
  mistral: `${CORE} import { createMistralCalls } from './lib/llm/providers/mistral.ts'; globalThis.x = createMistralCalls;`,
  'all (lib/llm/index.ts)': `import * as llm from './lib/llm/index.ts'; globalThis.x = llm;`,
};

interface Size {
  name: string;
  bytes: number;
  gzip: number;
  dynamicImports: number;
  metafile: Metafile;
}

async function measure(name: string, contents: string): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    conditions: ['browser', 'import'],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const text = new TextDecoder().decode(code);
  // import() left in the output would throw if reached in an MV3 service worker. Error-message
  // text such as "import('node:buffer')" is not code and is not counted.
  const dynamicImports = (text.match(/\bimport\((?!'node:)/g) ?? []).length;
  return { name, bytes: code.byteLength, gzip: gzipSync(code).byteLength, dynamicImports, metafile: result.metafile };
}

/** Bytes in the output per npm package (scoped names kept), from the metafile. */
function byPackage(meta: Metafile): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [path, info] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const pkg = m ? m[1] : 'bespoke (lib/llm)';
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + info.bytesInOutput);
    }
  }
  return sizes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const results: Size[] = [];
for (const [name, contents] of Object.entries(ENTRIES)) results.push(await measure(name, contents));
const core = results[0];

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(results.map(({ metafile, ...r }) => r), null, 2) + '\n');
} else {
  process.stdout.write('Background bundle size per provider SDK (esbuild, minified IIFE, browser conditions)\n\n');
  process.stdout.write(`${'bundle'.padEnd(26)}${'minified'.padStart(12)}${'gzip'.padStart(12)}${'adds over core'.padStart(18)}  import()\n`);
  for (const r of results) {
    const adds = r === core ? '' : kb(r.bytes - core.bytes);
    process.stdout.write(`${r.name.padEnd(26)}${kb(r.bytes).padStart(12)}${kb(r.gzip).padStart(12)}${adds.padStart(18)}  ${r.dynamicImports}\n`);
  }
  const all = results[results.length - 1];
  process.stdout.write('\nIn the all-providers bundle, bytes by package:\n');
  for (const [pkg, bytes] of [...byPackage(all.metafile)].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    process.stdout.write(`  ${pkg.padEnd(36)}${kb(bytes).padStart(12)}\n`);
  }
}
