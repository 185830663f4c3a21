/**
 * Compile times in the built extension (`.output/chrome-mv3`) in Debian's Chromium, beside
 * native pdflatex/xelatex on the same projects: each project is imported as a folder into a
 * freshly opened panel (a cold TeX worker: the engine's WebAssembly and format load with the
 * first compile), timed from the import to the compile result shown ("first"), then compiled
 * again with the **Compile** button (`--runs` times, the median is "warm"). Native runs the
 * engine the extension chose, in a copy of the project, until references settle (as the evals).
 *
 *   npm run -s bench:tex:browser -- [--corpus ../shared/corpus/resumes] [--runs 3]
 *
 * Without a corpus it times Jake's resume (tests/fixtures, pdfLaTeX) and a fontspec document
 * written here (XeLaTeX); with one, also the corpus's XeLaTeX templates.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../browser/launch';
import { runNativeLatex } from '../eval/native-latex';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(flag('--runs')) || 3;
const corpus = flag('--corpus');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Project { name: string; dir: string; main: string }

function projects(): Project[] {
  const scratch = mkdtempSync(join(tmpdir(), 'bespoke-tex-bench-'));
  writeFileSync(join(scratch, 'letter.tex'), ['\\documentclass{article}', '\\usepackage{fontspec}', '\\setmainfont{TeX Gyre Heros}',
    '\\begin{document}', '\\section*{Experience}', 'Led the migration of the payments service to Kubernetes. '.repeat(20), '\\end{document}', ''].join('\n'));
  const list: Project[] = [
    { name: 'jake-resume (pdflatex)', dir: resolve('tests/fixtures/tex/jake-resume'), main: 'resume.tex' },
    { name: 'fontspec-letter (xelatex)', dir: scratch, main: 'letter.tex' },
  ];
  if (corpus) {
    const [head, ...lines] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
    const cols = head!.split('\t');
    for (const row of lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))) {
      if (!/^xelatex\b/.test(row.engine_declared ?? '') || !existsSync(join(corpus, row.short_name!))) continue;
      list.push({ name: row.short_name!, dir: join(corpus, row.short_name!), main: row.main_path!.split(' ')[0]! });
    }
  }
  return list;
}

/** Clicks Compile and waits for the compile to finish; the wall time in ms. */
async function compileAgain(panel: Page): Promise<number> {
  const button = panel.getByRole('button', { name: /^Compil/ });
  const started = Date.now();
  await button.click();
  await panel.getByRole('button', { name: 'Compiling…' }).waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
  await panel.getByRole('button', { name: /^Compile / }).waitFor({ timeout: 180_000 });
  return Date.now() - started;
}

async function main(): Promise<void> {
  for (const project of projects()) {
    // A browser of its own per project (a fresh profile): the list holds only this import.
    const browser = await launchWithExtension();
    let first = NaN;
    let ok = false;
    let engine = '?';
    const warm: number[] = [];
    try {
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await panel.getByRole('tab', { name: 'Resume' }).click();
      await panel.getByTestId('no-resume').waitFor();
      const started = Date.now();
      await panel.getByTestId('import-folder').setInputFiles(project.dir);
      const choice = panel.getByTestId('resume-list').getByLabel('Main file');
      await choice.waitFor();
      if ((await choice.inputValue()) !== project.main) await choice.selectOption(project.main);
      const result = panel.locator(`[data-testid=compile-result][data-main="${project.main}"]`);
      await result.waitFor({ timeout: 180_000 });
      first = Date.now() - started;
      ok = (await result.getAttribute('data-ok')) === 'true';
      engine = (await panel.getByTestId('engine-used').getAttribute('data-engine')) ?? '?';
      for (let i = 0; i < RUNS && ok; i++) warm.push(await compileAgain(panel));
    } finally {
      await browser.close();
    }
    const native = runNativeLatex(engine === 'xelatex' ? 'xelatex' : 'pdflatex', project.dir, project.main);
    rmSync(native.work, { recursive: true, force: true });
    const w = warm.length ? median(warm) : NaN;
    console.log([project.name.padEnd(34), engine.padEnd(8), ok ? 'ok    ' : 'FAILED', `first ${first}`, `warm ${w}`, `native ${native.ms}${native.clean ? '' : '!'}`,
      `warm/native ${(w / native.ms).toFixed(2)}`, `first/native ${(first / native.ms).toFixed(2)}`].join('  '));
  }
}

await main();
