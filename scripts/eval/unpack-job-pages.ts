// `npx tsx scripts/eval/unpack-job-pages.ts MANIFEST MIRROR_DIR OUT_DIR`
// Why: gathered job pages are third-party files, kept out of git; a new machine rebuilds a set
// (OUT_DIR/<file> and OUT_DIR/MANIFEST.tsv, read by `npm run eval:capture -- OUT_DIR`) from its
// committed manifest (tests/fixtures/jobs/gathered-pages*.tsv) and bare git snapshots
// (MIRROR_DIR/<owner>+<repo>/repo), each page byte-exact at its pinned commit.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [manifest, mirror, out] = process.argv.slice(2);
if (!manifest || !mirror || !out) throw new Error('usage: unpack-job-pages.ts MANIFEST MIRROR_DIR OUT_DIR');
const [head, ...lines] = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
const cols = head!.split('\t');
const col = (row: string[], name: string): string => row[cols.indexOf(name)] ?? '';
mkdirSync(out, { recursive: true });
let copied = 0;
const missing: string[] = [];
for (const row of lines.map((l) => l.split('\t'))) {
  const [repo, file] = [col(row, 'source_repo'), col(row, 'file')];
  const gitDir = [join(mirror, repo.replace('/', '+'), 'repo'), join(mirror, repo.replace('/', '+'), 'repo', '.git')].find(existsSync);
  if (!gitDir) {
    missing.push(`${file}: no snapshot of ${repo} in ${mirror}`);
    continue;
  }
  try {
    writeFileSync(join(out, file), execFileSync('git', ['--git-dir', gitDir, 'show', `${col(row, 'commit')}:${col(row, 'source_path')}`], { maxBuffer: 64 << 20 }));
    copied++;
  } catch (err) {
    missing.push(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
}
copyFileSync(manifest, join(out, 'MANIFEST.tsv'));
console.log(`${copied} of ${lines.length} pages in ${out}`);
for (const m of missing) console.log(`  missing ${m}`);
