/**
 * `npm run eval`: every pdfLaTeX corpus resume × a set of postings, tailored offline and with
 * recorded model answers served by the fake provider servers (OpenAI, Anthropic, Gemini and
 * Mistral wire protocols, in turn) through the real SDKs and the real pdfTeX. Prints the
 * table of compiled / pages / score before→after / edits / tokens, and structured vs
 * whole-document token counts. `--json FILE` also writes the rows.
 */
import { writeFileSync } from 'node:fs';
import { createLlmClient } from '../../lib/llm/index.ts';
import type { ProviderId } from '../../lib/llm/types.ts';
import { analysePosting, editCounts, runTailor, segmentProject, type TailorResult } from '../../lib/tailor/index.ts';
import { extractPdfTextNode } from '../../lib/tailor/node/pdf-text-node.ts';
import { createTailorTexEngine } from '../../lib/tailor/node/tex-engine.ts';
import { CORPUS, loadCorpusResume } from '../../lib/tailor/testing/corpus.ts';
import { loadPosting, loadRecordedResponse } from '../../lib/tailor/testing/fixtures.ts';
import { startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { memoCompiler } from './memo-compiler.ts';
import { compareTokens } from './token-compare.ts';
import { guardBench } from './guard-bench.ts';
import { printTable, type EvalRow } from './table.ts';

const POSTINGS = ['backend-python', 'devops-platform', 'java-data'];
const PROVIDERS: { id: ProviderId; model: string }[] = [
  { id: 'openai', model: 'gpt-4o-mini' }, { id: 'anthropic', model: 'claude-sonnet-4-20250514' },
  { id: 'google', model: 'gemini-2.5-flash' }, { id: 'mistral', model: 'mistral-small-latest' },
];

/** Claims of flagged edits that nonetheless reached the PDF (must be zero). */
async function leakedClaims(r: TailorResult, masterText: string): Promise<number> {
  if (!r.pdf) return 0;
  const text = (await extractPdfTextNode(r.pdf)).text.replace(/\s+/g, ' ');
  return r.run.edits.filter((e) => e.status === 'flagged').flatMap((e) => e.claims).filter((c) => text.includes(c) && !masterText.includes(c)).length;
}

async function main(): Promise<number> {
  // The truthfulness benchmark first: no TeX, seconds. `--guard-only` stops there.
  const guardCode = await guardBench();
  if (process.argv.includes('--guard-only')) return guardCode;
  const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
  const engine = await createTailorTexEngine();
  const compiler = memoCompiler(engine.compiler);
  const fakes = new Map<ProviderId, FakeProvider>();
  for (const p of PROVIDERS) fakes.set(p.id, await startFakeProvider(p.id));
  const rows: EvalRow[] = [];
  const started = Date.now();
  let k = 0;
  try {
    for (const resume of CORPUS.filter((c) => c.pdflatex)) {
      for (const postingName of POSTINGS) {
        const project = loadCorpusResume(resume);
        const posting = loadPosting(postingName);
        const answer = loadRecordedResponse(`${resume.name}__${postingName}`);
        if (!answer) throw new Error(`missing recorded answer tests/fixtures/tailor/responses/${resume.name}__${postingName}.txt`);
        const prov = PROVIDERS[k++ % PROVIDERS.length];
        const fake = fakes.get(prov.id)!;
        fake.setReply(answer);
        const client = createLlmClient({ provider: prov.id, apiKey: 'eval-key', baseUrl: fake.baseUrl, model: prov.model }, { retry: { maxRetries: 0 } });
        const settings = { strength: 'keywords' as const };
        const t0 = Date.now();
        const offline = await runTailor({ project, job: posting, settings }, { compiler, pdfText: extractPdfTextNode });
        const llm = await runTailor({ project, job: posting, settings }, { compiler, pdfText: extractPdfTextNode, llm: { client, provider: prov.id, model: prov.model } });
        const segStart = performance.now();
        const seg = segmentProject(project);
        const segMs = performance.now() - segStart;
        const masterText = (await extractPdfTextNode((await compiler.compile({ mainFile: project.mainFile, files: project.files })).pdf!)).text.replace(/\s+/g, ' ');
        rows.push({
          resume: resume.name, posting: postingName, provider: prov.id,
          compiled: offline.run.compiled && llm.run.compiled,
          pages: `${llm.run.pages.tailored ?? '–'}/${llm.run.pages.target}`,
          withinTarget: (llm.run.pages.tailored ?? 99) <= llm.run.pages.target && (offline.run.pages.tailored ?? 99) <= offline.run.pages.target,
          scoreBefore: llm.run.scoreBefore.score, offlineBefore: offline.run.scoreBefore.score, scoreOffline: offline.run.scoreAfter?.score ?? null, scoreLlm: llm.run.scoreAfter?.score ?? null,
          reorders: offline.run.reorders.length + offline.run.edits.length + (offline.run.sectionOrder?.status === 'applied' ? 1 : 0),
          llmReorders: `${llm.run.reorders.filter((x) => x.status === 'applied').length + (llm.run.sectionOrder?.status === 'applied' ? 1 : 0)}/${llm.run.reorders.filter((x) => x.status !== 'applied').length + (llm.run.sectionOrder && llm.run.sectionOrder.status !== 'applied' ? 1 : 0)}`,
          edits: editCounts(llm.run), leaked: await leakedClaims(llm, masterText),
          tokensIn: llm.run.tokens.input, tokensOut: llm.run.tokens.output,
          compare: compareTokens(seg, analysePosting(posting), posting, settings.strength, llm.run.pages.target, answer),
          ms: Date.now() - t0, segments: seg.segments.length, segMs,
        });
        process.stderr.write(`${resume.name} × ${postingName}: done in ${Date.now() - t0} ms\n`);
      }
    }
  } finally {
    for (const f of fakes.values()) await f.close();
  }
  printTable(rows, { engine: engine.name, fallbackReason: engine.fallbackReason, compiles: compiler.compiles, cacheHits: compiler.hits, seconds: (Date.now() - started) / 1000 });
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');
  return rows.every((r) => r.compiled && r.withinTarget && r.leaked === 0) ? 0 : 1;
}

// Explicit exit: the TeX worker thread and pdf.js leave handles open once the table is printed.
main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`eval failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
