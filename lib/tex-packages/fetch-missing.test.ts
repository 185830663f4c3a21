import { afterEach, describe, expect, it } from 'vitest';
import { BespokeDatabase } from '@/lib/db/database';
import type { CompileRequest, CompileResult } from '@/lib/tex/types';
import { startFakeMirror, type FakeMirror } from '@/tests/fakes/texlive/mirror';
import { fetchMissingPackages } from './fetch-missing';
import { listTexPackages, removeTexPackage, texmfAddition } from './store';
import { withFetchedPackages } from './with-fetched-packages';

let mirror: FakeMirror | undefined;
const dbs: BespokeDatabase[] = [];
afterEach(async () => {
  await mirror?.close();
  for (const db of dbs.splice(0)) await db.delete();
});

function newDb(): BespokeDatabase {
  const db = new BespokeDatabase(`tex-packages-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

describe('fetching missing TeX Live packages', () => {
  it('stores the named package and its unshipped dependencies, and adds them to every compile', async () => {
    mirror = await startFakeMirror([
      { name: 'curve', depends: ['curvedep', 'latex'], files: { 'tex/latex/curve/curve.cls': 'curve', 'fonts/map/dvips/curve/curve.map': 'm' }, execute: ['addMap curve.map'] },
      { name: 'curvedep', files: { 'tex/latex/curvedep/curvedep.sty': 'dep' } },
      { name: 'latex', files: { 'tex/latex/base/latex.ltx': 'shipped already' } },
    ]);
    const db = newDb();
    const stored = await fetchMissingPackages({ db, mirror: mirror.url, packages: ['curve'], shipped: new Set(['latex']) });
    expect(stored.sort()).toEqual(['curve', 'curvedep']);
    expect(mirror.requests).not.toContain('/archive/latex.tar.xz');
    expect((await listTexPackages(db)).map((p) => p.name).sort()).toEqual(['curve', 'curvedep']);

    const add = await texmfAddition(db);
    expect(Object.keys(add.files).sort()).toEqual(['fonts/map/dvips/curve/curve.map', 'tex/latex/curve/curve.cls', 'tex/latex/curvedep/curvedep.sty']);
    expect(add.maps).toEqual(['curve.map']);

    const seen: CompileRequest[] = [];
    const compiler = withFetchedPackages({ compile: async (r) => { seen.push(r); return { ok: true } as CompileResult; } }, () => texmfAddition(db));
    await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': '' } });
    expect(Object.keys(seen[0]!.texmf!.files)).toContain('tex/latex/curve/curve.cls');

    await removeTexPackage(db, 'curve');
    await removeTexPackage(db, 'curvedep');
    await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': '' } });
    expect(seen[1]!.texmf).toBeUndefined();
  });

  it('stores nothing when a container fails its check', async () => {
    mirror = await startFakeMirror([{ name: 'curve', files: { 'tex/latex/curve/curve.cls': 'curve' }, tamper: (c) => c.slice(0, -1) }]);
    const db = newDb();
    await expect(fetchMissingPackages({ db, mirror: mirror.url, packages: ['curve'], shipped: new Set() })).rejects.toThrow(/curve\.tar\.xz/);
    expect(await listTexPackages(db)).toEqual([]);
  });
});
