#!/usr/bin/env python3
"""Adds the usage of further gathered sets to the bundle's usage facts (scripts/tex/eval/usage.json).

Usage: merge-usage.py BASE.json ADDED.json [ADDED2.json ...] --describe "manifests" > OUT.json
Each input is convert-usage.py's output for its own projects: per engine, file name -> number of
projects; tikz libraries -> number of projects; font package -> the option sets it is loaded with.
Counts add up (the sets hold different projects); option sets are united, sorted."""
import argparse, collections, json

parser = argparse.ArgumentParser()
parser.add_argument('inputs', nargs='+')
parser.add_argument('--describe', required=True, help='the manifests counted, for the description')
args = parser.parse_args()
sets = [json.load(open(path)) for path in args.inputs]

projects = collections.Counter()
counts = collections.defaultdict(collections.Counter)
tikz = collections.Counter()
options = collections.defaultdict(set)
for usage in sets:
    projects.update(usage['projects'])
    for engine, files in usage['counts'].items():
        counts[engine].update(files)
    tikz.update(usage.get('tikzLibraries', {}))
    for package, sets_of_options in usage.get('fontPackageOptions', {}).items():
        options[package].update(sets_of_options)

by_count = lambda c: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(json.dumps({
    'description': f"What the gathered real resume and cover-letter projects ({args.describe}) load: file name -> number of projects, per engine. "
                   "Made by count-usage.py + convert-usage.py from the projects themselves, sets added up by merge-usage.py; "
                   "read by scripts/tex/select-files.ts and record-font-probes.ts (tier.json: measured).",
    'projects': dict(projects),
    'counts': {engine: by_count(files) for engine, files in counts.items()},
    'tikzLibraries': by_count(tikz),
    'fontPackageOptions': {package: sorted(o) for package, o in sorted(options.items())},
}, indent=1, ensure_ascii=False))
