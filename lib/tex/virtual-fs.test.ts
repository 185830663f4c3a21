import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TexFileSource } from './bundle';
import type { EmFs } from './emscripten';
import { DEFAULT_ASSETS_DIR, importGlue } from './node-assets';
import { mountLazyTree } from './virtual-fs';

const enc = new TextEncoder();

/** A real emscripten file system: the pdfTeX glue, instantiated without running TeX. */
async function emscriptenFs(): Promise<EmFs> {
  const factory = await importGlue(DEFAULT_ASSETS_DIR);
  const wasm = await WebAssembly.compile(readFileSync(join(DEFAULT_ASSETS_DIR, 'pdftex.wasm')));
  const mod = await factory({
    noInitialRun: true,
    thisProgram: '/bin/pdflatex',
    instantiateWasm(imports, receive) {
      void WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm));
      return {};
    },
    print: () => undefined,
    printErr: () => undefined,
    quit: (status) => { throw new Error(`exit ${status}`); },
    stdin: () => null,
    preRun: [],
  });
  return mod.FS;
}

/** A source that records which files were read. */
function source(files: Record<string, string>): TexFileSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    *list() {
      for (const [path, text] of Object.entries(files)) yield [path, enc.encode(text).length];
    },
    read(path) {
      reads.push(path);
      return enc.encode(files[path]!);
    },
  };
}

describe('mountLazyTree', () => {
  it('serves nested folders and files made on first lookup, reading bytes only when opened', async () => {
    const FS = await emscriptenFs();
    const src = source({
      'tex/latex/base/article.cls': '% article',
      'tex/latex/base/size10.clo': '% size10',
      'fonts/tfm/public/cm/cmr10.tfm': 'tfm bytes',
      'README': 'top',
    });
    mountLazyTree(FS, '/texlive/texmf-dist', src);

    expect(FS.readdir('/texlive/texmf-dist').sort()).toEqual(['.', '..', 'README', 'fonts', 'ls-R', 'tex']);
    expect(FS.readdir('/texlive/texmf-dist/tex/latex/base').sort()).toEqual(['.', '..', 'article.cls', 'size10.clo']);
    expect(FS.isDir(FS.stat('/texlive/texmf-dist/fonts/tfm/public').mode)).toBe(true);
    // A stat answers from the listing: the file is not fetched.
    expect(FS.stat('/texlive/texmf-dist/fonts/tfm/public/cm/cmr10.tfm').size).toBe(9);
    expect(src.reads).toEqual([]);
    expect(new TextDecoder().decode(FS.readFile('/texlive/texmf-dist/tex/latex/base/size10.clo'))).toBe('% size10');
    expect(src.reads).toEqual(['tex/latex/base/size10.clo']);
    expect(() => FS.stat('/texlive/texmf-dist/tex/latex/none')).toThrow();
  });

  it('writes an ls-R that lists every file under its folder', async () => {
    const FS = await emscriptenFs();
    mountLazyTree(FS, '/t', source({ 'tex/a.sty': '', 'tex/sub/b.sty': '', 'c.cfg': '' }));
    const lsR = new TextDecoder().decode(FS.readFile('/t/ls-R')).split('\n');
    expect(lsR[0]).toMatch(/^% ls-R -- filename database/);
    expect(lsR.join('\n')).toContain('./:\nc.cfg\n\n./tex:\na.sty\n\n./tex/sub:\nb.sty\n');
  });

  it('mounts the same source again in a fresh instance (every pass does)', async () => {
    const src = source({ 'tex/x/y.sty': 'y' });
    for (let pass = 0; pass < 2; pass++) {
      const FS = await emscriptenFs();
      mountLazyTree(FS, '/t', src);
      expect(new TextDecoder().decode(FS.readFile('/t/tex/x/y.sty'))).toBe('y');
    }
  });
});
