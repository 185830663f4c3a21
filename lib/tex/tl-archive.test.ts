import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMirror, type FakeMirror } from '@/tests/fakes/texlive/mirror';
import { fetchMirrorTlpdb, fetchTexPackage, normaliseMirror, TexPackageError } from './tl-archive';
import { runtimeFile } from './tlpdb';

let mirror: FakeMirror | undefined;
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
});

const CURVE = {
  name: 'curve',
  revision: 20745,
  files: {
    'tex/latex/curve/curve.cls': '\\NeedsTeXFormat{LaTeX2e}\\ProvidesClass{curve}\\LoadClass{article}\n',
    'doc/latex/curve/README': 'documentation is not a runtime file',
  },
};

describe('TeX Live archive client', () => {
  it('fetches a package, checks it against the database and keeps its runtime files', async () => {
    mirror = await startFakeMirror([{ ...CURVE, execute: ['addMap curve.map'] }]);
    const db = await fetchMirrorTlpdb(mirror.url);
    const pkg = await fetchTexPackage(mirror.url, db, 'curve', runtimeFile);
    expect(Object.keys(pkg.files)).toEqual(['tex/latex/curve/curve.cls']);
    expect(new TextDecoder().decode(pkg.files['tex/latex/curve/curve.cls'])).toContain('\\ProvidesClass{curve}');
    expect(pkg).toMatchObject({ name: 'curve', revision: 20745, maps: ['curve.map'], mirror: mirror.url });
    expect(mirror.requests).toEqual(['/tlpkg/texlive.tlpdb.xz', '/archive/curve.tar.xz']);
  });

  it('refuses a container whose checksum does not match the database', async () => {
    mirror = await startFakeMirror([{ ...CURVE, tamper: (c) => { const t = c.slice(); t[t.length - 20]! ^= 0xff; return t; } }]);
    const db = await fetchMirrorTlpdb(mirror.url);
    await expect(fetchTexPackage(mirror.url, db, 'curve', runtimeFile)).rejects.toThrow(/does not match its checksum/);
  });

  it('refuses a container of another size than the database says', async () => {
    mirror = await startFakeMirror([{ ...CURVE, tamper: (c) => c.slice(0, c.length - 1) }]);
    const db = await fetchMirrorTlpdb(mirror.url);
    await expect(fetchTexPackage(mirror.url, db, 'curve', runtimeFile)).rejects.toThrow(/bytes where TeX Live's database says/);
  });

  it('refuses a mirror of another TeX Live release', async () => {
    mirror = await startFakeMirror([CURVE], 2019);
    await expect(fetchMirrorTlpdb(mirror.url)).rejects.toThrow(/TeX Live 2019/);
  });

  it('names a package the mirror does not have, and an unreachable mirror, in plain words', async () => {
    mirror = await startFakeMirror([CURVE]);
    const db = await fetchMirrorTlpdb(mirror.url);
    await expect(fetchTexPackage(mirror.url, db, 'no-such-package', runtimeFile)).rejects.toThrow('TeX Live has no package named no-such-package.');
    const closed = mirror.url;
    await mirror.close();
    mirror = undefined;
    await expect(fetchMirrorTlpdb(closed)).rejects.toBeInstanceOf(TexPackageError);
  });

  it('accepts https mirrors and plain http only on this computer', () => {
    expect(normaliseMirror('https://example.org/tl/2024')).toBe('https://example.org/tl/2024/');
    expect(() => normaliseMirror('http://example.org/tl/')).toThrow(/https/);
    expect(normaliseMirror('http://127.0.0.1:8080/tl//')).toBe('http://127.0.0.1:8080/tl/');
    expect(() => normaliseMirror('not a url')).toThrow(/not a URL/);
  });
});
