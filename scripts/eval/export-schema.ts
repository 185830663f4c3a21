/**
 * Writes `prompts/tailor.schema.json` from the zod schema (zod 4's `z.toJSONSchema`), so
 * tools and reviewers can read the contract without TypeScript. Run: `npx tsx scripts/eval/export-schema.ts`.
 * A test checks the committed file matches the schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tailorPlanJsonSchema } from '../../prompts/tailor-json-schema';

const target = fileURLToPath(new URL('../../prompts/tailor.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(tailorPlanJsonSchema(), null, 2) + '\n');
process.stdout.write(`wrote ${target}\n`);
