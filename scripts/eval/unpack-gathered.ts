// `npx tsx scripts/eval/unpack-gathered.ts MANIFEST MIRROR_DIR OUT_DIR [--native]`
// Why: the gathered set of real resume projects (OUT_DIR/<name>/, read by eval:tex, eval:xetex and
// eval:text-layer) is not in git (third-party files), so a new machine rebuilds it from
// scripts/tex/eval/projects.tsv and bare git snapshots (MIRROR_DIR/<owner>+<repo>/repo[/.git]).
// Each row's path_in_repo at its pinned commit (the newest one if the snapshot lacks it) becomes
// OUT_DIR/<name>/. With --native, rows whose native_ok starts with "yes" also get OUT_DIR/<name>/.native.pdf
// from Debian's TeX Live, run on a temporary copy, one project at a time under `nice -n 10`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix, relative } from 'node:path';
import { auxFilesWithDatabases, builtPdf } from './native-latex';

interface Row { name: string; repo: string; commit: string; path: string; main: string; engine: string; native: string }

const [manifest, mirror, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!manifest || !mirror || !out) throw new Error('usage: unpack-gathered.ts MANIFEST MIRROR_DIR OUT_DIR [--native]');
const native = process.argv.includes('--native');

function readManifest(path: string): Row[] {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  const get = (c: string[], k: string): string => c[cols.indexOf(k)] ?? '';
  return lines.map((l) => l.split('\t')).map((c) => ({
    name: get(c, 'name'), repo: get(c, 'repo'), commit: get(c, 'commit'), path: get(c, 'path_in_repo'),
    main: get(c, 'main_file'), engine: get(c, 'engine'), native: get(c, 'native_ok'),
  }));
}

const git = (gitDir: string, args: string[]): Buffer =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

/** Exports the row's folder; returns a note ('' when the pinned commit was used whole). */
function unpack(row: Row, dest: string): string {
  const base = join(mirror!, row.repo.replace('/', '+'), 'repo');
  const gitDir = existsSync(join(base, '.git')) ? join(base, '.git') : base;
  if (!existsSync(gitDir)) throw new Error(`no snapshot at ${base}`);
  let commit = row.commit, note = '';
  try { git(gitDir, ['cat-file', '-e', `${commit}^{commit}`]); } catch {
    commit = git(gitDir, ['rev-parse', 'HEAD']).toString().trim();
    note = `pinned commit absent, used newest ${commit.slice(0, 12)}`;
  }
  const tree = row.path === '.' ? commit : `${commit}:${row.path}`;
  mkdirSync(dest, { recursive: true });
  try {
    execFileSync('tar', ['-x', '-C', dest], { input: git(gitDir, ['archive', '--format=tar', tree]), maxBuffer: 1 << 30 });
  } catch { // the snapshot lacks files of 4 MiB and more: write the blobs it has, one by one
    const missing: string[] = [];
    for (const entry of git(gitDir, ['ls-tree', '-r', '-z', tree]).toString().split('\0').filter(Boolean)) {
      const [meta, file] = entry.split('\t') as [string, string];
      const [mode, type, id] = meta.split(' ');
      if (type !== 'blob' || mode === '120000') continue;
      try {
        const data = git(gitDir, ['cat-file', 'blob', id!]);
        mkdirSync(dirname(join(dest, file)), { recursive: true });
        writeFileSync(join(dest, file), data);
      } catch { missing.push(file); }
    }
    note = [note, `absent from snapshot: ${missing.join(', ')}`].filter(Boolean).join('; ');
  }
  // A symlink out of the folder (examples/x.cls -> ../x.cls) would dangle: store its target's file.
  for (const e of readdirSync(dest, { recursive: true, withFileTypes: true })) {
    const link = join(e.parentPath, e.name);
    if (!e.isSymbolicLink() || existsSync(link)) continue;
    const target = posix.normalize(posix.join(row.path, relative(dest, e.parentPath), readlinkSync(link)));
    rmSync(link);
    try { writeFileSync(link, git(gitDir, ['cat-file', 'blob', `${commit}:${target}`])); } catch { /* left out */ }
    note = [note, `symlink ${relative(dest, link)} -> ${target} stored as a file`].filter(Boolean).join('; ');
  }
  return note;
}

/** Runs the row's engine as a person would, on a copy; returns '' or why no PDF was made. */
function makeNative(row: Row, dir: string): string {
  const program = nativeProgram(row);
  const work = mkdtempSync(join(tmpdir(), 'native-'));
  try {
    cpSync(dir, work, { recursive: true });
    const cwd = join(work, dirname(row.main));
    const file = basename(row.main), stem = file.replace(/\.(tex|ltx|xtx)$/, '');
    const deadline = Date.now() + 120_000;
    const run = (cmd: string, args: string[]): void => {
      const timeout = deadline - Date.now();
      if (timeout <= 0) throw new Error('timeout (120 s)');
      execFileSync('nice', ['-n', '10', cmd, ...args], { cwd, stdio: 'ignore', timeout });
    };
    const tex = (): void => run(program, ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', file]);
    const why = (e: unknown): string => {
      const log = existsSync(join(cwd, `${stem}.log`)) ? readFileSync(join(cwd, `${stem}.log`), 'latin1') : '';
      return Date.now() >= deadline ? 'timeout (120 s)' : /^!.*$/m.exec(log)?.[0] ?? String((e as Error).message).split('\n')[0]!;
    };
    try { tex(); } catch (e) { return why(e); }
    const databases = auxFilesWithDatabases(cwd);
    if (databases.length > 0) {
      for (const aux of databases) {
        try { run('bibtex', [aux.slice(0, -4)]); } catch { /* a failed bibtex still leaves the document to build */ }
      }
    } else if (existsSync(join(cwd, `${stem}.bcf`))) {
      try { run('biber', [stem]); } catch { /* as above */ }
    }
    try { tex(); tex(); } catch (e) { return why(e); }
    if (!builtPdf(join(cwd, `${stem}.pdf`))) return 'no PDF written (no pages of output)';
    copyFileSync(join(cwd, `${stem}.pdf`), join(dir, '.native.pdf'));
    writeFileSync(join(dir, '.native.engine'), `${program}\n`);
    return '';
  } finally { rmSync(work, { recursive: true, force: true }); }
}

/** The native engine a row is checked with. */
function nativeProgram(row: { engine: string }): string {
  return ['pdflatex', 'xelatex', 'lualatex'].includes(row.engine) ? row.engine : 'pdflatex';
}

const rows = readManifest(manifest);
let unpacked = 0, failed = 0, pdfs = 0, pdfKept = 0, pdfFailed = 0;
for (const row of rows) {
  const dest = join(out, row.name);
  let line: string;
  try {
    if (existsSync(join(dest, row.main))) line = 'kept';
    else { rmSync(dest, { recursive: true, force: true }); line = unpack(row, dest) || 'unpacked'; }
    if (!existsSync(join(dest, row.main))) throw new Error(`${row.main} missing after export`);
    unpacked++;
  } catch (e) { failed++; console.log(`${row.name}\tFAILED\t${String((e as Error).message).split('\n')[0]}`); continue; }
  if (native && row.native.startsWith('yes')) {
    // A PDF kept from an earlier check counts only if the same engine made it: a row re-checked
    // with xelatex after pdflatex must not pass on pdflatex's PDF. (A PDF without the note
    // predates it and is kept.)
    const madeBy = existsSync(join(dest, '.native.engine')) ? readFileSync(join(dest, '.native.engine'), 'utf8').trim() : nativeProgram(row);
    if (existsSync(join(dest, '.native.pdf')) && madeBy === nativeProgram(row)) { pdfKept++; line += '; .native.pdf kept'; }
    else {
      rmSync(join(dest, '.native.pdf'), { force: true });
      const started = Date.now();
      const err = makeNative(row, dest);
      if (err) pdfFailed++; else pdfs++;
      line += err ? `; native ${row.engine} FAILED: ${err}` : `; .native.pdf (${row.engine}, ${((Date.now() - started) / 1000).toFixed(1)} s)`;
    }
  }
  console.log(`${row.name}\t${line}`);
}
console.log(`total: ${rows.length} rows, ${unpacked} unpacked, ${failed} failed` +
  (native ? `; native PDFs: ${pdfs} made, ${pdfKept} kept, ${pdfFailed} failed` : ''));
