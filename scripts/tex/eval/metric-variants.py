#!/usr/bin/env python3
"""What shipping every metric variant of the bundle's Type 1 outlines would cost.

Usage: metric-variants.py TEXBUILD   (the folder with tree/ and bundle-files.txt)

A font family often ships partly: the outlines (.pfb) and the metrics (.tfm) its probe documents
read. The same outline also draws other metrics (another encoding such as T2A, old-style figures,
small caps), one pdftex .map line each. This lists, per outline folder, the map lines whose
outline ships but whose .tfm does not, and their size raw and deflated one by one.
"""
import collections, os, re, sys, zlib

build = sys.argv[1] if len(sys.argv) > 1 else '../texbuild'
tree = os.path.join(build, 'tree/usr/share/texlive/texmf-dist')
shipped = {os.path.basename(l.strip()) for l in open(os.path.join(build, 'bundle-files.txt'))}
by_name = {}
for root, _, files in os.walk(os.path.join(tree, 'fonts')):
    for f in files:
        by_name.setdefault(f, os.path.join(root, f))
missing = collections.defaultdict(set)
for root, _, files in os.walk(os.path.join(tree, 'fonts/map')):
    for f in files:
        if not f.endswith('.map'):
            continue
        for line in open(os.path.join(root, f), errors='replace'):
            if line.startswith(('%', '#')) or not line.strip():
                continue
            outlines = re.findall(r'<\[?([^\s<\[]+\.pf[ab])', line)
            if not outlines or outlines[-1] not in shipped:
                continue
            tfm = line.split()[0] + '.tfm'
            if tfm not in shipped and tfm in by_name:
                missing[os.path.relpath(os.path.dirname(by_name[outlines[-1]]), tree)].add(tfm)
total_raw = total_z = 0
for folder, tfms in sorted(missing.items(), key=lambda kv: -len(kv[1])):
    data = [open(by_name[t], 'rb').read() for t in tfms]
    raw, z = sum(map(len, data)), sum(len(zlib.compress(d, 9)) for d in data)
    total_raw += raw
    total_z += z
    print(f'{folder:50s} {len(tfms):5d} tfm {raw / 1024:8.0f} KB raw {z / 1024:7.0f} KB deflated')
print(f'total {total_raw / 1048576:.1f} MB raw, {total_z / 1048576:.1f} MB deflated file by file')
