// A TeX Live package archive on 127.0.0.1, in TeX Live's own layout: tlpkg/texlive.tlpdb.xz
// and archive/<package>.tar.xz, each container listed in the database with its size and
// SHA-512. Containers are made with nanotar and Debian's `xz`, from files the test gives.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTar } from 'nanotar';

export interface MirrorPackage {
  name: string;
  revision?: number;
  /** Files by texmf path (`tex/latex/curve/curve.cls`). */
  files: Record<string, Uint8Array | string>;
  depends?: string[];
  execute?: string[];
  /** Serve a container other than the one the database describes (tamper tests). */
  tamper?: (container: Uint8Array) => Uint8Array;
}

export interface FakeMirror {
  url: string;
  /** Request paths in order: what the extension asked the mirror for. */
  requests: string[];
  close(): Promise<void>;
}

export const xz = (bytes: Uint8Array | string): Uint8Array => new Uint8Array(execFileSync('xz', ['-c', '-6'], { input: bytes }));

/** Builds the archive and serves it; `release` is written into 00texlive.config. */
export async function startFakeMirror(packages: MirrorPackage[], release = 2024): Promise<FakeMirror> {
  const containers = new Map<string, Uint8Array>();
  const records = [`name 00texlive.config\ncategory TLCore\nrevision 1\ndepend container_format/xz\ndepend release/${release}\n`];
  for (const pkg of packages) {
    const tar = createTar(Object.entries(pkg.files).map(([name, data]) => ({ name, data })));
    const container = xz(tar);
    containers.set(pkg.name, pkg.tamper ? pkg.tamper(container) : container);
    records.push([
      `name ${pkg.name}`, 'category Package', `revision ${pkg.revision ?? 1}`, 'relocated 1',
      ...(pkg.depends ?? []).map((d) => `depend ${d}`),
      ...(pkg.execute ?? []).map((e) => `execute ${e}`),
      `containersize ${container.length}`,
      `containerchecksum ${createHash('sha512').update(container).digest('hex')}`,
      `runfiles size=${Object.keys(pkg.files).length}`,
      ...Object.keys(pkg.files).map((p) => ` RELOC/${p}`),
    ].join('\n') + '\n');
  }
  const tlpdb = xz(records.join('\n'));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').replace(/^\/tl\//, '/');
    requests.push(path);
    const body = path === '/tlpkg/texlive.tlpdb.xz' ? tlpdb : containers.get(/^\/archive\/(.+)\.tar\.xz$/.exec(path)?.[1] ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length }).end(Buffer.from(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tl/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
