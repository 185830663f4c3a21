import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { compileVerdict, errorCounts, toleratingKnownErrors } from '@/lib/tex/compile-verdict';
import type { CompileResult } from '@/lib/tex/types';

// Bad documents (tests/fixtures/tex/bad) must fail with errors a person can act on, and the
// sandbox (no shell escape, paranoid reads and writes) must hold.
const BAD = join(import.meta.dirname, '../../fixtures/tex/bad');
const engine = createNodeTexEngine();
afterAll(() => engine.close());

function compileBad(name: string, timeoutMs = 30_000): Promise<CompileResult> {
  return engine.compile({ mainFile: name, files: { [name]: readFileSync(join(BAD, name), 'utf8') }, timeoutMs });
}

describe('TeX errors', () => {
  it('names a missing package exactly', async () => {
    const r = await compileBad('missing-package.tex');
    expect(r.ok).toBe(false);
    expect(r.pdf).toBeNull();
    expect(r.missingFiles).toEqual(['nonexistentpackage.sty']);
    expect(r.errors[0]!.message).toContain("File `nonexistentpackage.sty' not found");
    expect(compileVerdict(r)).toBe('failed');
  });

  it('names the TeX Live package of a file biblatex went on without, when a later error follows', async () => {
    // biblatex-chicago's data model (cms.dbx) is not in the bundle: biblatex says so only as info,
    // and the compile stops later on something else (an option of another style here).
    const r = await compileBad('biblatex-quiet-missing.tex');
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toBe('Package keyval Error: usenarrator undefined.');
    expect(r.missingFiles).toEqual(['cms.dbx']);
    expect(r.missingPackages).toEqual([{ file: 'cms.dbx', package: 'biblatex-chicago', size: expect.any(Number) }]);
    expect(r.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/^`cms\.dbx` is in TeX Live's `biblatex-chicago` package/));
  });

  it('reports an undefined command with its file and line, and keeps the PDF LaTeX made despite it', async () => {
    const r = await compileBad('undefined-command.tex');
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual({ file: 'undefined-command.tex', line: 5, message: 'Undefined control sequence \\undefinedmacro.' });
    expect(r.missingFiles).toEqual([]);
    // As Overleaf shows it: usable, still to fix.
    expect(compileVerdict(r)).toBe('with-errors');
    expect(r.pages).toBe(1);
  });

  it('judges an edited copy against the original\'s own errors', async () => {
    const source = readFileSync(join(BAD, 'undefined-command.tex'), 'utf8');
    const known = errorCounts((await compileBad('undefined-command.tex')).errors);
    const compile = (text: string) => engine.compile({ mainFile: 'undefined-command.tex', files: { 'undefined-command.tex': text }, timeoutMs: 30_000 });
    // An edit above the error moves its line: still the original's error, so compiled.
    const moved = toleratingKnownErrors(await compile(source.replace('Hello.', 'Hello.\n\nA new line.')), known);
    expect(moved.ok).toBe(true);
    expect(moved.errors[0]).toMatchObject({ line: 7, message: 'Undefined control sequence \\undefinedmacro.' });
    // An edit that adds an error of its own is not.
    const added = toleratingKnownErrors(await compile(source.replace('Hello.', 'Hello \\vspace{lots}.')), known);
    expect(added.ok).toBe(false);
    expect(compileVerdict(added)).toBe('with-errors');
  });

  it('explains a runaway argument', async () => {
    const r = await compileBad('runaway-argument.tex');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/while scanning use of \\textbf.*runaway argument/);
  });

  it('names a missing image so the person can add it', async () => {
    const r = await compileBad('missing-image.tex');
    expect(r.ok).toBe(false);
    expect(r.missingFiles).toEqual(['photo.png']);
  });

  it('stops a document that loops forever at its time limit, and the engine keeps working', async () => {
    const started = Date.now();
    const r = await compileBad('infinite-loop.tex', 2_000);
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toMatch(/took longer than 2 s and was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
    const after = await engine.compile({
      mainFile: 'ok.tex',
      files: { 'ok.tex': '\\documentclass{article}\\begin{document}Still alive.\\end{document}' },
    });
    expect(after.ok).toBe(true);
    expect(after.pages).toBe(1);
  });
});

describe('TeX sandbox', () => {
  it('does not run \\write18 (shell escape is off)', async () => {
    const r = await compileBad('write18.tex');
    expect(r.log).toContain('runsystem(touch /work/pwned)...disabled');
    expect(r.warnings).toContain('Shell escape is disabled: a \\write18 command was not run.');
  });

  it('reads nothing of the host: absolute paths reach only the engine\'s own read-only tree', async () => {
    // The engine's file system holds the job, the bundle and its configuration, nothing else:
    // reads may climb out of a sub-folder (`../g/chart.tex`), but there is no host file to find.
    const r = await engine.compile({
      mainFile: 'cv/peek.tex',
      files: { 'cv/peek.tex': '\\documentclass{article}\\begin{document}\\input{../../../../home/user/.ssh/id_rsa}\\end{document}' },
    });
    expect(r.ok).toBe(false);
    expect(r.pdf).toBeNull();
    const abs = await engine.compile({
      mainFile: 'peek.tex',
      files: { 'peek.tex': '\\documentclass{article}\\begin{document}\\input{/proc/self/environ}\\end{document}' },
    });
    expect(abs.ok).toBe(false);
    expect(abs.errors[0]!.message).toMatch(/^Reading \/proc\/self\/environ(\.tex)? is not allowed/);
  });

  it('refuses \\input{/etc/passwd} without asking for the file', async () => {
    const r = await compileBad('input-passwd.tex');
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toMatch(/^Reading \/etc\/passwd(\.tex)? is not allowed/);
    expect(r.missingFiles).toEqual([]);
  });

  it('refuses writes outside the job folder', async () => {
    const r = await compileBad('write-outside.tex');
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toBe(
      'Writing /tmp/bespoke-escape.txt is not allowed: a document may only use its own files and the TeX bundle.',
    );
  });

  it('refuses project paths that climb out of the job', async () => {
    const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': 'x', '../evil.tex': 'x' } });
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toContain('"../evil.tex"');
  });
});
