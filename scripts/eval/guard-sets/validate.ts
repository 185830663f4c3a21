// Checks a rewrite set's shape without running any guard: every original is the exact text of one
// segment of its resume, every evidence text is the text of another segment, labels and kinds are
// known, and prints counts per resume / label / kind.
// usage (from the repository): npx tsx scripts/eval/guard-sets/validate.ts SET.json PROJECTS_ROOT
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectFromDisk } from '../../../lib/tailor/node/project-from-disk.ts';
import { segmentProject } from '../../../lib/tailor/index.ts';
const [file, root] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8'));
const HONEST = ['synonym', 'tighten', 'reorder', 'acronym', 'spelling', 'heading', 'elsewhere', 'skills', 'skills-tool', 'keyword', 'number-format', 'merge', 'translation-term', 'implied'];
const FAB = ['number', 'tool', 'ownership', 'seniority', 'duration', 'scope', 'credential', 'employer', 'award', 'link', 'sole-credit', 'aim-as-done', 'collaboration', 'domain', 'soft-skill', 'proficiency'];
let errors = 0;
const err = (m: string) => { errors++; console.log('ERROR', m); };
const segsOf = new Map<string, string[]>();
for (const [name, r] of Object.entries<any>(data.resumes)) {
  const main = join(root, `resume-projects-${r.set}`, r.project, r.main);
  if (!existsSync(main)) { err(`${name}: no main file at ${main}`); continue; }
  segsOf.set(name, segmentProject(loadProjectFromDisk(main)).segments.map((s) => s.text));
}
const count = new Map<string, number>();
data.items.forEach((it: any, k: number) => {
  const where = `item ${k} (${it.resume})`;
  const segs = segsOf.get(it.resume);
  if (!segs) return err(`${where}: resume not in "resumes"`);
  const n = segs.filter((s) => s === it.original).length;
  if (n !== 1) err(`${where}: original matches ${n} segments: ${String(it.original).slice(0, 80)}`);
  for (const e of it.evidence ?? []) if (!segs.includes(e)) err(`${where}: evidence is not a segment text: ${String(e).slice(0, 80)}`);
  if (it.label !== 'honest' && it.label !== 'fabricated') err(`${where}: label ${it.label}`);
  if (!(it.label === 'honest' ? HONEST : FAB).includes(it.kind)) err(`${where}: kind ${it.kind} for ${it.label}`);
  if (!it.newText || it.newText === it.original) err(`${where}: newText empty or unchanged`);
  if (!it.split) err(`${where}: no split`);
  const key = `${it.resume}\t${it.label}`;
  count.set(key, (count.get(key) ?? 0) + 1);
});
for (const [k, v] of [...count].sort()) console.log(k, v);
const byKind = new Map<string, number>();
for (const it of data.items) byKind.set(`${it.label}:${it.kind}`, (byKind.get(`${it.label}:${it.kind}`) ?? 0) + 1);
console.log([...byKind].sort().map(([k, v]) => `${k} ${v}`).join('\n'));
console.log(`${data.items.length} items, ${errors} errors`);
process.exit(errors ? 1 : 0);
